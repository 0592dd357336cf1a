import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';

import { ActionForm } from '@/components/portal/action-form';
import { createSystemUserAction } from '@/components/portal/actions';
import { ManagementTop } from '@/components/portal/management-top';
import { pageMetadata } from '@/components/portal/message-page';
import { PageShell, Panel } from '@/components/portal/page-shell';
import { RightsList } from '@/components/portal/rights-list';
import { SystemCombobox } from '@/components/portal/system-combobox';
import { managementContext } from '@/lib/session/management-context';
import { describeRights, type Lang } from '@/lib/systems/describe-rights';
import { listVisibleSystems } from '@/lib/systems/list-visible-systems';

export const dynamic = 'force-dynamic';

export const generateMetadata = () => pageMetadata('create');

// User-driven creation in two steps, as Altinn's: choose a visible system (searchable), then see what it
// will get and confirm.
export default async function CreatePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const returnTo = `/accessmanagement/ui/systemuser/create${params.system ? `?system=${encodeURIComponent(params.system)}` : ''}`;
  const { person, parties, chosen, access } = await managementContext(returnTo);
  const [t, common, lang] = await Promise.all([getTranslations('create'), getTranslations('common'), getLocale() as Promise<Lang>]);
  const systems = await listVisibleSystems({ lang });
  const selected = params.system ? systems.find((s) => s.systemId === params.system) : undefined;
  const orgName = chosen?.name ?? '';

  const top = <ManagementTop parties={parties} chosen={chosen?.orgNo} trail={[{ label: t('title') }]} />;
  const shell = (children: ReactNode) => (
    <PageShell person={person} actingFor={chosen?.name} account={{ parties, chosen: chosen?.orgNo }} top={top}>
      <Panel>{children}</Panel>
    </PageShell>
  );
  const heading = (
    <Heading level={1} data-size="lg">
      {t('heading')}
    </Heading>
  );
  if (!access?.isAccessManager) {
    return shell(
      <>
        {heading}
        <Alert data-color="warning">{t('noRole', { org: orgName })}</Alert>
        <Link href="/accessmanagement/ui/systemuser/overview">{common('back')}</Link>
      </>,
    );
  }

  if (selected) {
    const described = await describeRights({ rights: selected.rights, packages: selected.accessPackages, lang });
    const count = described.packages.length + described.resources.length;
    return shell(
      <>
        <Link href="/accessmanagement/ui/systemuser/create">‹ {common('back')}</Link>
        <Heading level={1} data-size="md">
          {t('confirmHeading', { count, system: selected.name, org: orgName })}
        </Heading>
        <RightsList packages={described.packages} resources={described.resources} level={2} />
        <ActionForm
          action={createSystemUserAction}
          fields={{ orgNo: access.org.orgNo, systemId: selected.systemId }}
          label={t('submit')}
          pendingLabel={t('submitting')}
          beside={<Link href="/accessmanagement/ui/systemuser/overview">{common('cancel')}</Link>}
        />
      </>,
    );
  }

  return shell(
    <>
      {heading}
      <Paragraph>{t('note')}</Paragraph>
      {params.system ? <Alert data-color="warning">{t('unknownSystem')}</Alert> : null}
      <SystemCombobox
        systems={systems.map((s) => ({
          systemId: s.systemId,
          name: s.name,
          description: t('systemVendor', { vendor: s.vendorName, orgNo: s.vendorOrgNo }),
        }))}
        label={t('heading')}
        placeholder={t('placeholder')}
        next={t('next')}
        noMatch={t('noMatch')}
        action="/accessmanagement/ui/systemuser/create"
      />
      <Link href="/accessmanagement/ui/systemuser/overview">{common('cancel')}</Link>
    </>,
  );
}
