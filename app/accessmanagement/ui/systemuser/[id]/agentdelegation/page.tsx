import { Alert, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { clientAction } from '@/components/portal/actions';
import { ActionForm } from '@/components/portal/action-form';
import { DeleteConfirm } from '@/components/portal/delete-confirm';
import { ManagementTop } from '@/components/portal/management-top';
import { PageShell, Panel } from '@/components/portal/page-shell';
import { RightsList } from '@/components/portal/rights-list';
import { SystemUserHeading, SystemUserNotFound } from '@/components/portal/system-user-details';
import { listClients, type ClientItem } from '@/lib/client-delegation/list-clients';
import { listDelegations } from '@/lib/client-delegation/list-delegations';
import { describeRights, formatOrgNo, type Lang } from '@/lib/systems/describe-rights';
import { unlessMissing } from '@/lib/errors';
import { guid } from '@/lib/schemas/portal';
import { managementContext } from '@/lib/session/management-context';
import { getSystemUser } from '@/lib/system-users/get-system-user';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const [t, common] = await Promise.all([getTranslations('agent'), getTranslations('common')]);
  return { title: common('titleSuffix', { title: t('title') }) };
}

function ClientRow({ client, children }: { client: Pick<ClientItem, 'displayName' | 'organizationIdentifier'>; children: React.ReactNode }) {
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-[var(--ds-color-neutral-border-subtle)] px-4 py-3">
      <span className="flex flex-col">
        <span className="font-medium">{client.displayName}</span>
        <span className="text-sm text-[var(--ds-color-neutral-text-subtle)]">Org.nr. {formatOrgNo(client.organizationIdentifier)}</span>
      </span>
      {children}
    </li>
  );
}

/** Clients listed under `heading`, each with a button that adds it to the agent system user. */
function AddClientList({
  clients,
  heading,
  base,
  label,
  ariaLabel,
  variant,
}: {
  clients: ClientItem[];
  heading: string;
  base: { id: string; orgNo: string };
  label: string;
  ariaLabel: (name: string) => string;
  variant: 'secondary' | 'tertiary';
}) {
  return (
    <ul className="flex flex-col gap-2" aria-label={heading}>
      {clients.map((c) => (
        <ClientRow key={c.partyUuid} client={c}>
          <ActionForm
            action={clientAction}
            fields={{ ...base, op: 'add', clientId: c.partyUuid, clientName: c.displayName }}
            label={label}
            ariaLabel={ariaLabel(c.displayName)}
            variant={variant}
            className="flex flex-col items-end gap-2"
          />
        </ClientRow>
      ))}
    </ul>
  );
}

// An agent system user and its clients: the facilitator's client administrator adds the clients whose
// relation carries all of the agent's packages, and removes them again.
export default async function AgentDelegationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { id } = await params;
  const outcome = await searchParams;
  const { person, parties, chosen, access } = await managementContext(`/accessmanagement/ui/systemuser/${id}/agentdelegation`);
  const [t, details, common, lang] = await Promise.all([
    getTranslations('agent'),
    getTranslations('details'),
    getTranslations('common'),
    getLocale() as Promise<Lang>,
  ]);
  const parsed = guid.safeParse(id);
  const user =
    access && parsed.success
      ? await unlessMissing(getSystemUser({ person, party: { orgNo: access.org.orgNo }, id: parsed.data }))
      : undefined;
  const top = <ManagementTop parties={parties} chosen={chosen?.orgNo} trail={[{ label: user?.integrationTitle ?? t('title') }]} />;

  if (!user || !access || user.userType !== 'agent') {
    return (
      <PageShell person={person} actingFor={chosen?.name} top={top}>
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
  const eligible = new Set(
    (access.isClientAdmin ? await listClients({ person, party, facilitator: access.org.id, packages }) : []).map((c) => c.partyUuid),
  );
  const available = allClients.filter((c) => eligible.has(c.partyUuid) && !delegated.has(c.partyUuid));
  const others = allClients.filter((c) => !eligible.has(c.partyUuid));
  const base = { id: user.id, orgNo: access.org.orgNo };
  const addedName = outcome.added ? allClients.find((c) => c.partyUuid === outcome.added)?.displayName : undefined;

  return (
    <PageShell person={person} actingFor={chosen?.name} top={top}>
      <Panel>
        <SystemUserHeading title={user.integrationTitle} orgName={access.org.name} />
        <Heading level={2} data-size="sm">
          {t('packagesHeading', { count: packages.length })}
        </Heading>
        <RightsList packages={described.packages} resources={[]} headings={false} />
        {access.isAccessManager ? (
          <DeleteConfirm
            id={user.id}
            orgNo={access.org.orgNo}
            type="agent"
            title={user.integrationTitle}
            label={details('delete')}
            question={details('confirmDelete', { title: user.integrationTitle })}
            warning={delegations.length > 0 ? details('deleteWithClients') : undefined}
            cancel={common('cancel')}
          />
        ) : null}
      </Panel>

      <Panel>
        <Heading level={2} data-size="sm">
          {t('clientsHeading')}
        </Heading>
        <div aria-live="polite">
          {addedName ? <Alert data-color="success">{t('added', { name: addedName })}</Alert> : null}
          {outcome.removed ? <Alert data-color="info">{t('removed', { name: outcome.removed })}</Alert> : null}
        </div>
        {!access.isClientAdmin ? (
          <Alert data-color="info">{t('notClientAdmin')}</Alert>
        ) : (
          <>
            {delegations.length === 0 ? (
              <Paragraph>{t('empty')}</Paragraph>
            ) : (
              <ul className="flex flex-col gap-2" aria-label={t('clientsHeading')}>
                {delegations.map((d) => (
                  <ClientRow key={d.customerId} client={{ displayName: d.customerName, organizationIdentifier: d.customerOrganizationNumber }}>
                    <ActionForm
                      action={clientAction}
                      fields={{ ...base, op: 'remove', clientId: d.customerId, clientName: d.customerName }}
                      label={t('remove')}
                      ariaLabel={t('removeLabel', { name: d.customerName })}
                      variant="tertiary"
                      color="danger"
                      className="flex flex-col items-end gap-2"
                    />
                  </ClientRow>
                ))}
              </ul>
            )}
            <Heading level={3} data-size="xs">
              {t('availableHeading')}
            </Heading>
            {available.length === 0 ? (
              <Paragraph>{t('noAvailable')}</Paragraph>
            ) : (
              <AddClientList
                clients={available}
                heading={t('availableHeading')}
                base={base}
                label={t('add')}
                ariaLabel={(name) => t('addLabel', { name })}
                variant="secondary"
              />
            )}
            {others.length > 0 ? (
              <>
                <Heading level={3} data-size="xs">
                  {t('otherClientsHeading')}
                </Heading>
                <Paragraph data-size="sm">{t('otherClientsIntro')}</Paragraph>
                <AddClientList
                  clients={others}
                  heading={t('otherClientsHeading')}
                  base={base}
                  label={t('add')}
                  ariaLabel={(name) => t('tryAnyway', { name })}
                  variant="tertiary"
                />
              </>
            ) : null}
            <Heading level={3} data-size="xs">
              {t('byOrgNoHeading')}
            </Heading>
            <ActionForm
              action={clientAction}
              fields={{ ...base, op: 'add', clientName: '' }}
              label={t('byOrgNoSubmit')}
              variant="secondary"
            >
              <Textfield id="client-orgno" name="clientOrgNo" label={t('byOrgNoLabel')} inputMode="numeric" className="max-w-xs" />
            </ActionForm>
          </>
        )}
      </Panel>
    </PageShell>
  );
}
