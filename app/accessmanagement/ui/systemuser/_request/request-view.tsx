import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';

import { EscalateBox } from '@/components/portal/escalate-box';
import { PageShell, Panel } from '@/components/portal/page-shell';
import { RequestActions } from '@/components/portal/request-actions';
import { RightsList } from '@/components/portal/rights-list';
import type { RequestType } from '@/lib/generated/prisma/enums';
import { approvalCheck } from '@/lib/requests/approval-check';
import { findRequest } from '@/lib/requests/find-request';
import { confirmPath } from '@/lib/requests/model';
import { guid } from '@/lib/schemas/portal';
import { chosenParty } from '@/lib/session/chosen-party';
import { requirePerson, type SessionPerson } from '@/lib/session/current-person';
import { describeRights, formatOrgNo, type Lang } from '@/lib/systems/describe-rights';

// The confirmUrl pages (standard, agent and change requests): Altinn's request layout, with the request's
// states shown inline, the way Altinn shows them.

function Shell({ person, actingFor, children }: { person?: SessionPerson; actingFor?: string; children: ReactNode }) {
  return (
    <PageShell person={person} actingFor={actingFor} narrow>
      <Panel>{children}</Panel>
    </PageShell>
  );
}

/** `backtopage` of an internal link, when it is a path of the portal (never another site). */
function backPath(value?: string): string | undefined {
  return value && value.length < 300 && /^\/accessmanagement\/ui\/[A-Za-z0-9/_?=&%-]*$/.test(value) ? value : undefined;
}

export async function RequestView({
  kind,
  id,
  skiplogout,
  backtopage,
}: {
  kind: RequestType;
  id?: string;
  skiplogout?: string;
  backtopage?: string;
}) {
  const internal =
    skiplogout === 'true'
      ? `&skiplogout=true${backPath(backtopage) ? `&backtopage=${encodeURIComponent(backPath(backtopage)!)}` : ''}`
      : '';
  const path = `${confirmPath(kind)}${id ? `?id=${encodeURIComponent(id)}${internal}` : ''}`;
  const person = await requirePerson(path);
  const lang = (await getLocale()) as Lang;
  const t = await getTranslations('request');
  const tk = await getTranslations(kind === 'agent' ? 'agentRequest' : kind === 'change' ? 'changeRequest' : 'request');
  const common = await getTranslations('common');
  const title = kind === 'standard' ? t('title') : tk('title');
  const heading = (
    <Heading level={1} data-size="lg">
      {title}
    </Heading>
  );

  if (!id) {
    return (
      <Shell person={person}>
        {heading}
        <Alert data-color="danger">{t('missingId')}</Alert>
      </Shell>
    );
  }
  const parsed = guid.safeParse(id);
  const found = parsed.success ? await findRequest({ id: parsed.data }) : null;
  if (!found || found.request.type !== kind) {
    return (
      <Shell person={person}>
        {heading}
        <Alert data-color="warning">{t('notFound')}</Alert>
      </Shell>
    );
  }

  // Act for the request's organisation, as Altinn's request pages switch the reportee before showing it.
  const { chosen } = await chosenParty(person.pid);
  if (chosen?.orgNo !== found.party.orgNo) {
    redirect(`/accessmanagement/api/v1/reportee/changeandredirect?orgNo=${found.party.orgNo}&goTo=${encodeURIComponent(path)}`);
  }

  const { request, system, party } = found;
  const check = await approvalCheck({ found, pid: person.pid });
  const name = system.name[lang] ?? system.name.nb ?? system.systemId;
  const bold = { b: (chunks: ReactNode) => <strong>{chunks}</strong> };
  const fields: Record<string, string> = skiplogout === 'true' ? { id: request.id, skiplogout: 'true' } : { id: request.id };
  const back = backPath(backtopage);

  const statusAlert =
    request.status === 'New' ? null : (
      <Alert data-color={request.status === 'Accepted' ? 'success' : 'info'}>
        {kind === 'change' && request.status !== 'Denied'
          ? tk(request.status.toLowerCase() as 'accepted')
          : t(request.status.toLowerCase() as 'accepted')}
      </Alert>
    );

  let rights: ReactNode;
  if (kind === 'change') {
    const [add, remove] = await Promise.all([
      describeRights({ rights: request.rights, packages: request.accessPackages, lang }),
      describeRights({ rights: request.unwantedRights, packages: request.unwantedAccessPackages, lang }),
    ]);
    // Additions and removals must not look alike: a green or red edge and a plus or minus before the heading.
    const section = (label: string, list: ReactNode, tone: 'add' | 'remove' = 'add') => (
      <section
        className={`flex flex-col gap-2 border-l-4 pl-3 ${
          tone === 'add' ? 'border-[var(--ds-color-success-border-default)]' : 'border-[var(--ds-color-danger-border-default)]'
        }`}
      >
        <Heading level={4} data-size="2xs">
          <span aria-hidden>{tone === 'add' ? '+ ' : '− '}</span>
          {label}
        </Heading>
        {list}
      </section>
    );
    rights = (
      <>
        <Heading level={3} data-size="xs">
          {tk('changesHeading')}
        </Heading>
        {add.packages.length > 0
          ? section(
              tk('addPackages', { count: add.packages.length }),
              <RightsList packages={add.packages} resources={[]} headings={false} />,
            )
          : null}
        {remove.packages.length > 0
          ? section(
              tk('removePackages', { count: remove.packages.length }),
              <RightsList packages={remove.packages} resources={[]} headings={false} />,
              'remove',
            )
          : null}
        {add.resources.length > 0
          ? section(
              tk('addResources', { count: add.resources.length }),
              <RightsList packages={[]} resources={add.resources} headings={false} />,
            )
          : null}
        {remove.resources.length > 0
          ? section(
              tk('removeResources', { count: remove.resources.length }),
              <RightsList packages={[]} resources={remove.resources} headings={false} />,
              'remove',
            )
          : null}
      </>
    );
  } else {
    const described = await describeRights({ rights: request.rights, packages: request.accessPackages, lang });
    rights = (
      <>
        <Heading level={3} data-size="xs">
          {t('rightsHeading', { count: described.packages.length + described.resources.length })}
        </Heading>
        <RightsList
          packages={described.packages}
          resources={kind === 'agent' ? [] : described.resources}
          level={4}
          headings={kind === 'standard'}
        />
        {kind === 'agent' && described.packages.every((p) => p.isAssignable) ? <Paragraph>{tk('selfToo')}</Paragraph> : null}
      </>
    );
  }

  let actions: ReactNode = null;
  if (request.status === 'New') {
    if (check.reason === 'not-access-manager' && kind !== 'change') {
      actions = request.escalated ? (
        <Alert data-color="info">{t('alreadyEscalated')}</Alert>
      ) : (
        <EscalateBox
          id={request.id}
          texts={{
            heading: t('escalateHeading'),
            text: t('escalateText'),
            escalate: t('escalate'),
            close: t('escalateClose'),
            doneHeading: t('escalatedHeading'),
            doneText: t('escalatedText'),
            finish: t('finish'),
          }}
        />
      );
    } else if (check.reason === 'not-access-manager' || check.reason === 'no-access') {
      actions = <Alert data-color="warning">{kind === 'change' ? tk('noRole') : t('noAccess')}</Alert>;
    } else {
      const explanation =
        check.reason === 'missing-rights' ? (
          <Alert data-color="danger" role="alert">
            {t('missingRights')}
          </Alert>
        ) : check.reason === 'system-user-exists' || check.reason === 'system-deleted' || check.reason === 'system-changed' ? (
          <Alert data-color="danger" role="alert">
            {t('approveError')}
          </Alert>
        ) : null;
      actions = (
        <div className="flex flex-col gap-3">
          {explanation}
          <RequestActions
            fields={fields}
            approveLabel={kind === 'change' ? tk('approve') : t('approve')}
            approvingLabel={t('approving')}
            rejectLabel={t('reject')}
            rejectingLabel={t('rejecting')}
            canApprove={check.canApprove}
            canReject={check.canReject}
          />
        </div>
      );
    }
  }

  return (
    <Shell person={person} actingFor={party.name}>
      {back ? (
        <Link href={back} className="self-start">
          ‹ {common('back')}
        </Link>
      ) : null}
      {heading}
      {statusAlert}
      <Heading level={2} data-size="sm">
        {kind === 'change' ? tk('heading', { system: name }) : t('heading', { system: name })}
      </Heading>
      <Paragraph>
        {kind === 'agent'
          ? tk.rich('description', { system: name, org: party.name, ...bold })
          : t.rich('description', { system: name, org: party.name, ...bold })}
      </Paragraph>
      {rights}
      {kind === 'standard' ? <Paragraph>{t('withdraw')}</Paragraph> : null}
      {actions}
      <footer className="border-t border-[var(--ds-color-neutral-border-subtle)] pt-4">
        <Paragraph data-size="sm">
          {t('footer', { system: name, vendor: system.vendorName, orgNo: formatOrgNo(system.vendorOrgNo) })}
        </Paragraph>
      </footer>
    </Shell>
  );
}
