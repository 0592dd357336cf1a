import { Paragraph } from '@digdir/designsystemet-react';
import { getTranslations } from 'next-intl/server';

import { MessagePage, pageMetadata } from '@/components/portal/message-page';
import { currentPerson } from '@/lib/session/current-person';

export const dynamic = 'force-dynamic';

export const generateMetadata = () => pageMetadata('badRequest');

/** Where the proxy sends a portal address whose percent escapes do not decode (answered with status 400). */
export default async function BadRequestPage() {
  const [t, where, person] = await Promise.all([getTranslations('badRequest'), getTranslations('reportee'), currentPerson()]);
  return (
    <MessagePage
      person={person}
      heading={t('title')}
      whereNext={{
        heading: where('whereNext'),
        links: [
          { href: '/', label: where('start') },
          { href: '/accessmanagement/ui/systemuser/overview', label: where('overview') },
        ],
      }}
    >
      <Paragraph>{t('text')}</Paragraph>
    </MessagePage>
  );
}
