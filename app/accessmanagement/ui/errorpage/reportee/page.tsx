import { Paragraph } from '@digdir/designsystemet-react';
import { getTranslations } from 'next-intl/server';

import { MessagePage, pageMetadata } from '@/components/portal/message-page';
import { currentPerson } from '@/lib/session/current-person';

export const dynamic = 'force-dynamic';

export const generateMetadata = () => pageMetadata('reportee');

/** Altinn's "could not switch actor" page: the request's organisation is not one the person may act for. */
export default async function ReporteeErrorPage() {
  const [t, person] = await Promise.all([getTranslations('reportee'), currentPerson()]);
  return (
    <MessagePage
      person={person}
      heading={t('title')}
      whereNext={{
        heading: t('whereNext'),
        links: [
          { href: '/', label: t('start') },
          { href: '/accessmanagement/ui/systemuser/overview', label: t('overview') },
          { href: '/accessmanagement/ui/login', label: t('login') },
        ],
      }}
    >
      <Paragraph>{t('text')}</Paragraph>
    </MessagePage>
  );
}
