import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { getTranslations } from 'next-intl/server';

import { ManagementTop } from '@/components/portal/management-top';
import { pageMetadata } from '@/components/portal/message-page';
import { NoRoleAlert } from '@/components/portal/no-role-alert';
import { PageShell, Panel } from '@/components/portal/page-shell';
import { ListSection, pendingRequestItem, vendorOf } from '@/components/portal/system-user-list';
import { organisationNames } from '@/lib/parties/organisation-names';
import { listPendingRequests } from '@/lib/requests/list-pending-requests';
import { managementContext } from '@/lib/session/management-context';

export const dynamic = 'force-dynamic';

export const generateMetadata = () => pageMetadata('requestsPage');

const PATH = '/accessmanagement/ui/requests';

// Altinn's "Forespørsler": the requests waiting for the chosen organisation's access manager, each opened with
// `skiplogout`, so approving returns to the overview instead of logging out.
export default async function RequestsPage() {
  const { person, parties, chosen, access } = await managementContext(PATH);
  const [t, overview] = await Promise.all([getTranslations('requestsPage'), getTranslations('overview')]);
  const pending = access?.isAccessManager
    ? (
        await Promise.all(
          (['standard', 'agent'] as const).map(async (type) =>
            (await listPendingRequests({ partyId: access.org.partyId, orgNo: access.org.orgNo, type, person })).map((r) => ({
              ...r,
              type,
            })),
          ),
        )
      ).flat()
    : [];
  const vendors = await organisationNames(pending.map((r) => vendorOf(r.systemId)));

  return (
    <PageShell
      person={person}
      actingFor={chosen?.name}
      account={{ parties, chosen: chosen?.orgNo }}
      current="requests"
      top={<ManagementTop parties={parties} chosen={chosen?.orgNo} trail={[{ label: t('title') }]} />}
    >
      <Panel>
        <Heading level={1} data-size="lg">
          {t('heading', { name: chosen?.name ?? person.name })}
        </Heading>
        <Paragraph>{t('intro')}</Paragraph>
        {access && !access.isAccessManager ? <NoRoleAlert /> : null}
      </Panel>
      {access?.isAccessManager ? (
        <ListSection
          id="pending-heading"
          heading={overview('pendingHeading')}
          items={pending.map((r) => pendingRequestItem(r, { vendors, backTo: PATH, t: overview }))}
          empty={t('empty')}
        />
      ) : null}
    </PageShell>
  );
}
