import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

import { PageShell, Panel } from '@/components/portal/page-shell';
import { currentPerson } from '@/lib/session/current-person';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const [t, common] = await Promise.all([getTranslations('badRequest'), getTranslations('common')]);
  return { title: common('titleSuffix', { title: t('title') }) };
}

/** Where the proxy sends a portal address whose percent escapes do not decode (answered with status 400). */
export default async function BadRequestPage() {
  const [t, where, person] = await Promise.all([getTranslations('badRequest'), getTranslations('reportee'), currentPerson()]);
  return (
    <PageShell person={person} narrow>
      <Panel>
        <Heading level={1} data-size="lg">
          {t('title')}
        </Heading>
        <Paragraph>{t('text')}</Paragraph>
        <Heading level={2} data-size="xs">
          {where('whereNext')}
        </Heading>
        <ul className="flex list-disc flex-col gap-1 pl-6">
          <li>
            <Link href="/">{where('start')}</Link>
          </li>
          <li>
            <Link href="/accessmanagement/ui/systemuser/overview">{where('overview')}</Link>
          </li>
        </ul>
      </Panel>
    </PageShell>
  );
}
