import { Heading } from '@digdir/designsystemet-react';
import { getTranslations } from 'next-intl/server';

import type { DescribedPackage, DescribedResource } from '@/lib/systems/describe-rights';

import { PackageDialog } from './package-dialog';
import { ResourceDialog } from './resource-dialog';

/** Altinn's RightsList: access packages (each opening a dialog with its services), then single services. */
export async function RightsList({
  packages,
  resources,
  level = 4,
  headings = true,
}: {
  packages: DescribedPackage[];
  resources: DescribedResource[];
  level?: 2 | 3 | 4;
  headings?: boolean;
}) {
  const [t, common] = await Promise.all([getTranslations('rights'), getTranslations('common')]);
  return (
    <div className="flex flex-col gap-4">
      {packages.length > 0 ? (
        <section className="flex flex-col gap-2">
          {headings ? (
            <Heading level={level} data-size="2xs">
              {t('packages', { count: packages.length })}
            </Heading>
          ) : null}
          <ul className="flex flex-col gap-2">
            {packages.map((p) => (
              <li key={p.urn} className="rounded-md border border-[var(--ds-color-neutral-border-subtle)]">
                <PackageDialog
                  name={p.name}
                  description={p.description}
                  services={p.services}
                  servicesLabel={t('services', { count: p.services.length })}
                  servicesHeading={t('packageServices')}
                  noServices={t('noServices')}
                  openLabel={t('showPackage', { name: p.name })}
                  closeLabel={common('close')}
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {resources.length > 0 ? (
        <section className="flex flex-col gap-2">
          {headings ? (
            <Heading level={level} data-size="2xs">
              {t('resources', { count: resources.length })}
            </Heading>
          ) : null}
          <ul className="flex flex-col gap-2">
            {resources.map((r) => (
              <li key={r.id} className="rounded-md border border-[var(--ds-color-neutral-border-subtle)]">
                <ResourceDialog
                  title={r.title}
                  owner={t('owner', { owner: r.ownerName })}
                  description={r.description ?? ''}
                  closeLabel={common('close')}
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
