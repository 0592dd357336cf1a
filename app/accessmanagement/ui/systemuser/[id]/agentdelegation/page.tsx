import { Alert, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';

import { ActionForm } from '@/components/portal/action-form';
import { selfDelegationAction } from '@/components/portal/actions';
import { ClientModal, type ClientModalTexts } from '@/components/portal/client-modal';
import { DeleteSystemUser } from '@/components/portal/delete-system-user';
import { ManagementTop } from '@/components/portal/management-top';
import { PageShell, Panel } from '@/components/portal/page-shell';
import { RightsList } from '@/components/portal/rights-list';
import { SystemUserHeading, SystemUserNotFound } from '@/components/portal/system-user-details';
import { type ClientItem, listClients } from '@/lib/client-delegation/list-clients';
import { listDelegations } from '@/lib/client-delegation/list-delegations';
import { selfDelegation } from '@/lib/client-delegation/self-delegation';
import { unlessMissing } from '@/lib/errors';
import { guid } from '@/lib/schemas/portal';
import { managementContext } from '@/lib/session/management-context';
import { getSystemUser } from '@/lib/system-users/get-system-user';
import { describeRights, formatOrgNo, type Lang } from '@/lib/systems/describe-rights';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const [t, common] = await Promise.all([getTranslations('agent'), getTranslations('common')]);
  return { title: common('titleSuffix', { title: t('title') }) };
}

function ClientRow({
  client,
  orgNoLabel,
  children,
}: {
  client: Pick<ClientItem, 'displayName' | 'organizationIdentifier'>;
  orgNoLabel: string;
  children?: ReactNode;
}) {
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-[var(--ds-color-neutral-border-subtle)] px-4 py-3">
      <span className="flex min-w-0 flex-col break-words">
        {/* Each client is a level-3 heading under "Klienter tilknyttet systemtilgangen", and the number a subtle
            line, as the rows of Altinn's list (which its browser tests find them by). */}
        <Heading level={3} data-size="2xs" className="!font-medium">
          {client.displayName}
        </Heading>
        <span data-variant="subtle" className="text-sm text-[var(--ds-color-neutral-text-subtle)]">
          {orgNoLabel.replace('{orgNo}', formatOrgNo(client.organizationIdentifier))}
        </span>
      </span>
      {children}
    </li>
  );
}

// An agent system user and its clients: the facilitator's client administrator adds the clients whose
// relation carries all of the agent's packages, and removes them again.
export default async function AgentDelegationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { person, parties, chosen, access } = await managementContext(`/accessmanagement/ui/systemuser/${id}/agentdelegation`);
  const [t, common, lang] = await Promise.all([getTranslations('agent'), getTranslations('common'), getLocale() as Promise<Lang>]);
  const parsed = guid.safeParse(id);
  const user =
    access && parsed.success
      ? await unlessMissing(getSystemUser({ person, party: { orgNo: access.org.orgNo }, id: parsed.data }))
      : undefined;
  const top = <ManagementTop parties={parties} chosen={chosen?.orgNo} trail={[{ label: user?.integrationTitle ?? t('title') }]} />;

  if (!user || !access || user.userType !== 'agent') {
    return (
      <PageShell person={person} actingFor={chosen?.name} account={{ parties, chosen: chosen?.orgNo }} top={top}>
        <SystemUserNotFound title={t('title')} />
      </PageShell>
    );
  }

  const packages = user.accessPackages.map((p) => p.urn);
  const party = { orgNo: access.org.orgNo };
  const [described, delegations, allClients] = await Promise.all([
    describeRights({ rights: [], packages, lang }),
    access.isClientAdmin ? listDelegations({ person, party, systemUserId: user.id }) : [],
    access.isClientAdmin ? listClients({ person, party, facilitator: access.org.id }) : [],
  ]);
  const delegated = new Set(delegations.map((d) => d.customerId));
  // Altinn offers the organisation itself ("Legg til din virksomhet") to its access manager when every package
  // can be assigned; client-only packages (ansvarlig-revisor, ...) cannot (lib/client-delegation/self-delegation.ts).
  const mayAddSelf = access.isAccessManager && packages.length > 0 && described.packages.every((p) => p.isAssignable);
  const selfAdded = access.isAccessManager ? await selfDelegation({ person, party, systemUserId: user.id, action: 'read' }) : false;
  const listSelf = mayAddSelf && (selfAdded || delegations.length > 0);
  const selfFields = { orgNo: access.org.orgNo, id: user.id };
  const eligible = new Set(
    (access.isClientAdmin ? await listClients({ person, party, facilitator: access.org.id, packages }) : []).map((c) => c.partyUuid),
  );
  // Every client of the organisation, and any delegated one whose relation has since gone.
  const modalClients = [
    ...allClients.map((c) => ({
      id: c.partyUuid,
      name: c.displayName,
      orgNo: c.organizationIdentifier,
      eligible: eligible.has(c.partyUuid),
    })),
    ...delegations
      .filter((d) => !allClients.some((c) => c.partyUuid === d.customerId))
      .map((d) => ({ id: d.customerId, name: d.customerName, orgNo: d.customerOrganizationNumber, eligible: false })),
  ];
  const keys = [
    'open',
    'heading',
    'search',
    'hideAdded',
    'addAll',
    'addAllRunning',
    'progress',
    'allAdded',
    'someAdded',
    'failedList',
    'confirm',
    'add',
    'remove',
    'addLabel',
    'removeLabel',
    'added',
    'removed',
    'addError',
    'removeError',
    'cannotAdd',
    'noClients',
    'noMatch',
    'orgNo',
    'pages',
    'page',
    'previous',
    'next',
  ] as const;
  // The modal fills the placeholders itself; next-intl is given them back unchanged.
  const raw = (key: (typeof keys)[number] | 'edit') => t.raw(`modal.${key}`) as string;
  const texts = {
    ...(Object.fromEntries(keys.map((k) => [k, raw(k)])) as Omit<ClientModalTexts, 'close'>),
    // Altinn's button says "Legg til eller fjern klienter" once the list has a row, the own organisation included.
    open: delegations.length === 0 && !listSelf ? raw('open') : raw('edit'),
    heading: raw('heading').replace('{title}', user.integrationTitle),
    close: common('close'),
  } satisfies ClientModalTexts;

  return (
    <PageShell person={person} actingFor={chosen?.name} account={{ parties, chosen: chosen?.orgNo }} top={top}>
      <Panel>
        <SystemUserHeading title={user.integrationTitle} orgName={access.org.name} />
        <Heading level={2} data-size="sm">
          {t('packagesHeading', { count: packages.length })}
        </Heading>
        <RightsList packages={described.packages} resources={[]} headings={false} />
        {access.isAccessManager ? (
          <DeleteSystemUser user={user} orgNo={access.org.orgNo} type="agent" hasClients={delegations.length > 0} />
        ) : null}
      </Panel>

      <Panel>
        <Heading level={2} data-size="sm">
          {t('clientsHeading')}
        </Heading>
        {access.isClientAdmin ? null : <Alert data-color="info">{t('notClientAdmin')}</Alert>}
        {delegations.length === 0 && !listSelf ? (
          <>
            {access.isClientAdmin ? <Paragraph>{t('empty')}</Paragraph> : null}
            {mayAddSelf && !selfAdded ? (
              <ActionForm
                action={selfDelegationAction}
                fields={{ ...selfFields, op: 'add' }}
                variant="secondary"
                label={
                  <>
                    <span aria-hidden>+</span> {t('addOwn')}
                  </>
                }
              />
            ) : null}
          </>
        ) : (
          <ul className="flex flex-col gap-2" aria-label={t('clientsHeading')}>
            {listSelf ? (
              <ClientRow client={{ displayName: access.org.name, organizationIdentifier: access.org.orgNo }} orgNoLabel={raw('orgNo')}>
                <span className="flex flex-wrap items-center gap-2">
                  <Tag data-size="sm" data-color="info" data-variant="subtle">
                    {t('ownOrganisation')}
                  </Tag>
                  <ActionForm
                    action={selfDelegationAction}
                    fields={{ ...selfFields, op: selfAdded ? 'remove' : 'add' }}
                    variant="tertiary"
                    color={selfAdded ? 'danger' : undefined}
                    ariaLabel={selfAdded ? t('removeOwnLabel') : t('addOwnListLabel')}
                    label={
                      <>
                        <span aria-hidden>{selfAdded ? '−' : '+'}</span> {selfAdded ? t('removeOwn') : t('addOwnList')}
                      </>
                    }
                  />
                </span>
              </ClientRow>
            ) : null}
            {delegations.map((d) => (
              <ClientRow
                key={d.customerId}
                client={{ displayName: d.customerName, organizationIdentifier: d.customerOrganizationNumber }}
                orgNoLabel={raw('orgNo')}
              />
            ))}
          </ul>
        )}
        {access.isClientAdmin ? (
          <ClientModal
            systemUserId={user.id}
            orgNo={access.org.orgNo}
            clients={modalClients}
            initiallyAdded={[...delegated]}
            texts={texts}
          />
        ) : null}
      </Panel>
    </PageShell>
  );
}
