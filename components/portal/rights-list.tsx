import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';

import type { DescribedPackage, DescribedResource } from '@/lib/systems/describe-rights';

import { RowDialog } from './row-dialog';

const ROW = 'rounded-md border border-[var(--ds-color-neutral-border-subtle)]';

function Section({ heading, level, children }: { heading?: string; level: 2 | 3 | 4; children: ReactNode }) {
  return (
    <section className="flex flex-col gap-2">
      {heading ? (
        <Heading level={level} data-size="2xs">
          {heading}
        </Heading>
      ) : null}
      <ul className="flex flex-col gap-2">{children}</ul>
    </section>
  );
}

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
        <Section heading={headings ? t('packages', { count: packages.length }) : undefined} level={level}>
          {packages.map((p) => (
            <li key={p.urn} className={ROW}>
              <RowDialog
                title={p.name}
                subtitle={t('services', { count: p.services.length })}
                openLabel={t('showPackage', { name: p.name })}
                closeLabel={common('close')}
              >
                <Paragraph>{p.description}</Paragraph>
                <Heading level={3} data-size="2xs" className="!mt-4">
                  {t('packageServices')}
                </Heading>
                {p.services.length === 0 ? (
                  <Paragraph data-size="sm">{t('noServices')}</Paragraph>
                ) : (
                  <ul className="mt-2 flex flex-col gap-2">
                    {p.services.map((s) => (
                      <li key={s.id} className="rounded border border-[var(--ds-color-neutral-border-subtle)] px-3 py-2">
                        <span className="block font-medium">{s.title}</span>
                        <span className="block text-sm text-[var(--ds-color-neutral-text-subtle)]">{s.ownerName}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </RowDialog>
            </li>
          ))}
        </Section>
      ) : null}
      {resources.length > 0 ? (
        <Section heading={headings ? t('resources', { count: resources.length }) : undefined} level={level}>
          {resources.map((r) => {
            const owner = t('owner', { owner: r.ownerName });
            return (
              <li key={r.id} className={ROW}>
                <RowDialog title={r.title} subtitle={owner} note={owner} openLabel={r.title} closeLabel={common('close')}>
                  {r.description ? <Paragraph>{r.description}</Paragraph> : null}
                </RowDialog>
              </li>
            );
          })}
        </Section>
      ) : null}
    </div>
  );
}
