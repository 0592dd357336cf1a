import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

import { PageShell, Panel } from '@/components/portal/page-shell';
import { currentPerson } from '@/lib/session/current-person';

export async function generateMetadata(): Promise<Metadata> {
  const [t, common] = await Promise.all([getTranslations('notFound'), getTranslations('common')]);
  return { title: common('titleSuffix', { title: t('title') }) };
}

/** Altinn's page for an address it does not know: the header and language menu, and links onward. */
export default async function NotFound() {
  const [t, person] = await Promise.all([getTranslations('notFound'), currentPerson().catch(() => undefined)]);
  return (
    <PageShell person={person} narrow>
      <Panel>
        <Heading level={1} data-size="lg">
          {t('heading')}
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
            <Link href="/accessmanagement/ui/requests">{t('requests')}</Link>
          </li>
          <li>
            <a href="/docs/api">{t('docs')}</a>
          </li>
        </ul>
      </Panel>
    </PageShell>
  );
}
