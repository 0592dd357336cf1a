import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';

import { DeleteSystemUser } from '@/components/portal/delete-system-user';
import { ManagementTop } from '@/components/portal/management-top';
import { pageMetadata } from '@/components/portal/message-page';
import { PageShell, Panel } from '@/components/portal/page-shell';
import { RightsList } from '@/components/portal/rights-list';
import { SystemUserHeading, SystemUserNotFound } from '@/components/portal/system-user-details';
import { unlessMissing } from '@/lib/errors';
import { guid } from '@/lib/schemas/portal';
import { managementContext } from '@/lib/session/management-context';
import { getSystemUser } from '@/lib/system-users/get-system-user';
import { describeRights, type Lang } from '@/lib/systems/describe-rights';

export const dynamic = 'force-dynamic';

export const generateMetadata = () => pageMetadata('details');

export default async function SystemUserDetailsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { person, parties, chosen, access } = await managementContext(`/accessmanagement/ui/systemuser/${id}`);
  const [t, lang] = await Promise.all([getTranslations('details'), getLocale() as Promise<Lang>]);
  const parsed = guid.safeParse(id);
  const user =
    access && parsed.success
      ? await unlessMissing(getSystemUser({ person, party: { orgNo: access.org.orgNo }, id: parsed.data }))
      : undefined;
  if (user?.userType === 'agent') redirect(`/accessmanagement/ui/systemuser/${user.id}/agentdelegation`);
  const top = <ManagementTop parties={parties} chosen={chosen?.orgNo} trail={[{ label: user?.integrationTitle ?? t('title') }]} />;

  if (!user || !access) {
    return (
      <PageShell person={person} actingFor={chosen?.name} account={{ parties, chosen: chosen?.orgNo }} top={top}>
        <SystemUserNotFound title={t('title')} />
      </PageShell>
    );
  }
  const described = await describeRights({ rights: user.rights, packages: user.accessPackages.map((p) => p.urn), lang });
  return (
    <PageShell person={person} actingFor={chosen?.name} account={{ parties, chosen: chosen?.orgNo }} top={top}>
      <Panel>
        <SystemUserHeading title={user.integrationTitle} orgName={access.org.name} />
        <Heading level={2} data-size="sm">
          {t('rightsHeading')}
        </Heading>
        <RightsList packages={described.packages} resources={described.resources} level={3} />
        <Paragraph data-size="sm">
          {t('created', {
            date: new Date(user.created).toLocaleDateString('nb-NO', { day: '2-digit', month: '2-digit', year: 'numeric' }),
          })}
        </Paragraph>
        {access.isAccessManager ? <DeleteSystemUser user={user} orgNo={access.org.orgNo} type="standard" /> : null}
      </Panel>
    </PageShell>
  );
}
