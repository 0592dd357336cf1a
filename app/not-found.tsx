import { Paragraph } from '@digdir/designsystemet-react';
import { getTranslations } from 'next-intl/server';

import { MessagePage, pageMetadata } from '@/components/portal/message-page';
import { currentPerson } from '@/lib/session/current-person';

export const generateMetadata = () => pageMetadata('notFound');

/** Altinn's page for an address it does not know: the header and language menu, and links onward. */
export default async function NotFound() {
  const [t, person] = await Promise.all([getTranslations('notFound'), currentPerson().catch(() => undefined)]);
  return (
    <MessagePage
      person={person}
      heading={t('heading')}
      whereNext={{
        heading: t('whereNext'),
        links: [
          { href: '/', label: t('start') },
          { href: '/accessmanagement/ui/systemuser/overview', label: t('overview') },
          { href: '/accessmanagement/ui/requests', label: t('requests') },
          { href: '/docs/api', label: t('docs'), plain: true },
        ],
      }}
    >
      <Paragraph>{t('text')}</Paragraph>
    </MessagePage>
  );
}
