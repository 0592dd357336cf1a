import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

import { PageShell, Panel } from '@/components/portal/page-shell';
import { currentPerson } from '@/lib/session/current-person';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const [t, common] = await Promise.all([getTranslations('reportee'), getTranslations('common')]);
  return { title: common('titleSuffix', { title: t('title') }) };
}

/** Altinn's "could not switch actor" page: the request's organisation is not one the person may act for. */
export default async function ReporteeErrorPage() {
  const [t, person] = await Promise.all([getTranslations('reportee'), currentPerson()]);
  return (
    <PageShell person={person} narrow>
      <Panel>
        <Heading level={1} data-size="lg">
          {t('title')}
        </Heading>
        <Paragraph>{t('text')}</Paragraph>
        <Heading level={2} data-size="xs">
          {t('whereNext')}
        </Heading>
        <ul className="flex list-disc flex-col gap-1 pl-6">
          <li>
            <Link href="/">{t('start')}</Link>
          </li>
          <li>
            <Link href="/accessmanagement/ui/systemuser/overview">{t('overview')}</Link>
          </li>
          <li>
            <Link href="/accessmanagement/ui/login">{t('login')}</Link>
          </li>
        </ul>
      </Panel>
    </PageShell>
  );
}
