import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

import { Panel } from './page-shell';

// The parts that a standard and an agent system user's page have in common.

const OVERVIEW = '/accessmanagement/ui/systemuser/overview';

/** The panel shown instead of a system user that is not there or not the chosen party's. */
export async function SystemUserNotFound({ title }: { title: string }) {
  const [t, common] = await Promise.all([getTranslations('details'), getTranslations('common')]);
  return (
    <Panel>
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <Alert data-color="warning">{t('notFound')}</Alert>
      <Link href={OVERVIEW}>{common('back')}</Link>
    </Panel>
  );
}

/** The back link, the system user's name and the organisation it belongs to, at the top of its panel. */
export async function SystemUserHeading({ title, orgName }: { title: string; orgName: string }) {
  const [t, common] = await Promise.all([getTranslations('details'), getTranslations('common')]);
  return (
    <>
      <Link href={OVERVIEW}>‹ {common('back')}</Link>
      <div>
        <Heading level={1} data-size="lg">
          {title}
        </Heading>
        <Paragraph>{t('forOrg', { org: orgName })}</Paragraph>
      </div>
    </>
  );
}
