import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';

import { MessagePage, pageMetadata } from '@/components/portal/message-page';
import { readPartyAccess } from '@/lib/access/party';
import { findRequest } from '@/lib/requests/find-request';
import { guid } from '@/lib/schemas/portal';
import { currentPerson } from '@/lib/session/current-person';
import type { Lang } from '@/lib/systems/describe-rights';

export const dynamic = 'force-dynamic';

export const generateMetadata = () => pageMetadata('receipt');

// Where the person lands, logged out, after approving or rejecting a request that has no redirectUrl (Altinn
// ends on its logged-out start page). Logged out, it says only how the request ended; the names of the system
// and the organisation are shown to a person who may act for the organisation.
export default async function ReceiptPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const { id } = await searchParams;
  const person = await currentPerson();
  const [t, request, lang] = await Promise.all([getTranslations('receipt'), getTranslations('request'), getLocale() as Promise<Lang>]);
  const parsed = guid.safeParse(id ?? '');
  const found = parsed.success ? await findRequest({ id: parsed.data }) : null;
  if (!person) {
    const status = found?.request.status;
    return (
      <MessagePage heading={t('loggedOut')} loginButton>
        {status === 'Accepted' || status === 'Rejected' ? (
          <Alert data-color={status === 'Accepted' ? 'success' : 'info'}>
            <Heading level={2} data-size="xs">
              {status === 'Accepted' ? t('accepted') : t('rejected')}
            </Heading>
          </Alert>
        ) : null}
        <Paragraph>
          <Link href="/accessmanagement/ui/login?callbackUrl=%2Faccessmanagement%2Fui%2Fsystemuser%2Foverview">{t('logInAgain')}</Link>
        </Paragraph>
      </MessagePage>
    );
  }
  const access = found ? await readPartyAccess({ pid: person.pid, party: { orgNo: found.party.orgNo } }) : undefined;
  const handled = found && access && (found.request.status === 'Accepted' || found.request.status === 'Rejected') ? found : null;

  if (!handled) {
    return (
      <MessagePage person={person} heading={t('title')}>
        <Alert data-color="warning">{request('notFound')}</Alert>
      </MessagePage>
    );
  }
  const accepted = handled.request.status === 'Accepted';
  const values = { system: handled.system.name[lang] ?? handled.system.name.nb ?? handled.system.systemId, org: handled.party.name };
  return (
    <MessagePage person={person} actingFor={handled.party.name} heading={t('title')}>
      <Alert data-color={accepted ? 'success' : 'info'}>
        <Heading level={2} data-size="xs">
          {accepted ? t('accepted') : t('rejected')}
        </Heading>
        <Paragraph>{accepted ? t('acceptedText', values) : t('rejectedText', values)}</Paragraph>
      </Alert>
      <div className="flex flex-wrap gap-4">
        {accepted && handled.request.type === 'agent' ? (
          <Link href={`/accessmanagement/ui/systemuser/${handled.request.id}/agentdelegation`}>{t('toClients')}</Link>
        ) : null}
        <Link href="/accessmanagement/ui/systemuser/overview">{t('toOverview')}</Link>
      </div>
    </MessagePage>
  );
}
