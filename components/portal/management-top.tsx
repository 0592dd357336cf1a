import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

import type { RepresentedParty } from '@/lib/session/chosen-party';

import { PartyPicker } from './party-picker';

/** Breadcrumbs ("Tilgangsstyring > Systemtilganger > …") and the party picker above a management page. */
export async function ManagementTop({
  parties,
  chosen,
  trail = [],
}: {
  parties: RepresentedParty[];
  chosen?: string;
  trail?: { label: string; href?: string }[];
}) {
  const t = await getTranslations('common');
  const crumbs = [
    { label: t('accessManagement') },
    { label: t('systemAccesses'), href: '/accessmanagement/ui/systemuser/overview' },
    ...trail,
  ];
  return (
    <div className="flex flex-wrap items-end justify-between gap-4">
      <nav aria-label={t('breadcrumbs')}>
        <ol className="flex flex-wrap items-center gap-2 text-sm">
          {crumbs.map((c, i) => (
            <li key={`${c.label}-${i}`} className="flex items-center gap-2">
              {i > 0 ? <span aria-hidden>›</span> : null}
              {c.href && i < crumbs.length - 1 ? (
                <Link href={c.href} className="text-[var(--ds-color-accent-text-subtle)] underline">
                  {c.label}
                </Link>
              ) : (
                <span aria-current={i === crumbs.length - 1 ? 'page' : undefined}>{c.label}</span>
              )}
            </li>
          ))}
        </ol>
      </nav>
      {parties.length > 0 ? <PartyPicker parties={parties} chosen={chosen} /> : null}
    </div>
  );
}
