import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

import { ManagementTop } from '@/components/portal/management-top';
import { pageMetadata } from '@/components/portal/message-page';
import { NoRoleAlert } from '@/components/portal/no-role-alert';
import { PageShell, Panel } from '@/components/portal/page-shell';
import { pageNumber, Pager } from '@/components/portal/pager';
import { ListSection, pendingRequestItem, vendorOf } from '@/components/portal/system-user-list';
import { LIMITS } from '@/lib/limits';
import { organisationNames } from '@/lib/parties/organisation-names';
import { listPendingRequests } from '@/lib/requests/list-pending-requests';
import { managementContext } from '@/lib/session/management-context';
import { listForParty } from '@/lib/system-users/list-for-party';

export const dynamic = 'force-dynamic';

const PATH = '/accessmanagement/ui/systemuser/overview';
const PAGE = LIMITS.portalPage;
/** One page of a list: one more row than shown tells whether a next page exists. */
const slice = (page: number) => ({ skip: (page - 1) * PAGE, take: PAGE + 1 });

export const generateMetadata = () => pageMetadata('overview');

export default async function OverviewPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const { person, parties, chosen, access } = await managementContext('/accessmanagement/ui/systemuser/overview');
  const [t, common] = await Promise.all([getTranslations('overview'), getTranslations('common')]);

  // Each list is paged (`pending`, `own`, `agents` in the query), so the page stays small however many the
  // organisation has.
  const pages = { pending: pageNumber(params.pending), own: pageNumber(params.own), agents: pageNumber(params.agents) };
  const [ownRows, agentRows] = access
    ? await Promise.all([
        access.isAccessManager ? listForParty({ person, party: { orgNo: access.org.orgNo }, type: 'standard', ...slice(pages.own) }) : [],
        access.isAccessManager || access.isClientAdmin
          ? listForParty({ person, party: { orgNo: access.org.orgNo }, type: 'agent', ...slice(pages.agents) })
          : [],
      ])
    : [[], []];
  // Requests waiting for this access manager, as the pending route gives them (every New standard request,
  // the escalated agent requests); Altinn's own page lists only forwarded ones.
  const pendingByType = access?.isAccessManager
    ? await Promise.all(
        (['standard', 'agent'] as const).map(async (type) =>
          (await listPendingRequests({ partyId: access.org.partyId, orgNo: access.org.orgNo, type, person, ...slice(pages.pending) })).map(
            (r) => ({ ...r, type }),
          ),
        ),
      )
    : [];
  const more = {
    own: ownRows.length > PAGE,
    agents: agentRows.length > PAGE,
    pending: pendingByType.some((rows) => rows.length > PAGE),
  };
  const own = ownRows.slice(0, PAGE);
  const agents = agentRows.slice(0, PAGE);
  const pending = pendingByType.flatMap((rows) => rows.slice(0, PAGE));
  const vendors = await organisationNames([
    ...own.map((u) => u.supplierOrgno),
    ...agents.map((u) => u.supplierOrgno),
    ...pending.map((r) => vendorOf(r.systemId)),
  ]);
  // Entries of one system look alike: the vendor, the short reference and the creation date tell them apart.
  const describe = (u: (typeof own)[number]) =>
    t('entry', {
      vendor: vendors.get(u.supplierOrgno) ?? u.supplierOrgno,
      ref: u.id.slice(-5),
      date: new Date(u.created).toLocaleDateString('nb-NO', { day: '2-digit', month: '2-digit', year: 'numeric' }),
    });

  const userItems = (users: typeof own, href: (id: string) => string, action: string) =>
    users.map((u) => ({
      id: u.id,
      title: u.integrationTitle,
      description: describe(u),
      href: href(u.id),
      action,
      isNew: params.created === u.id,
      newLabel: t('new'),
    }));

  return (
    <PageShell
      person={person}
      actingFor={chosen?.name}
      account={{ parties, chosen: chosen?.orgNo }}
      top={<ManagementTop parties={parties} chosen={chosen?.orgNo} />}
    >
      <Panel>
        <Heading level={1} data-size="lg">
          {t('heading', { name: chosen?.name ?? person.name })}
        </Heading>
        <Paragraph>{t('intro')}</Paragraph>
        {params.deleted ? (
          <Alert data-color="success" role="status">
            {t('deleted', { title: params.deleted })}
          </Alert>
        ) : null}
        {!chosen ? <Alert data-color="warning">{common('noParties')}</Alert> : null}
        {access && !access.isAccessManager && !access.isClientAdmin ? <NoRoleAlert /> : null}
      </Panel>

      {pending.length > 0 ? (
        <ListSection
          id="pending-heading"
          heading={t('pendingHeading')}
          items={pending.map((r) => pendingRequestItem(r, { vendors, backTo: PATH, t }))}
          after={<Pager params={params} param="pending" page={pages.pending} hasNext={more.pending} path={PATH} />}
        />
      ) : null}

      {access?.isAccessManager ? (
        <ListSection
          id="own-heading"
          heading={t('ownHeading')}
          action={
            <Link href="/accessmanagement/ui/systemuser/create" className="ds-button" data-variant="secondary" data-size="sm">
              <span aria-hidden>+</span> {t('create')}
            </Link>
          }
          items={userItems(own, (id) => `/accessmanagement/ui/systemuser/${id}`, t('seeRights'))}
          empty={t('empty')}
          after={<Pager params={params} param="own" page={pages.own} hasNext={more.own} path={PATH} />}
        />
      ) : null}

      {access && (access.isAccessManager || access.isClientAdmin) ? (
        <ListSection
          id="agent-heading"
          heading={t('agentHeading')}
          items={userItems(agents, (id) => `/accessmanagement/ui/systemuser/${id}/agentdelegation`, t('manageClients'))}
          empty={t('agentEmpty')}
          after={<Pager params={params} param="agents" page={pages.agents} hasNext={more.agents} path={PATH} />}
        />
      ) : null}
    </PageShell>
  );
}
