import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export type SidebarItem = 'systemaccess' | 'requests';

/** Altinn's left navigation of the management pages ("Sidebar"): Systemtilganger and Forespørsler. */
export async function Sidebar({ current }: { current?: SidebarItem }) {
  const t = await getTranslations('common');
  const items: { key: SidebarItem; href: string; label: string }[] = [
    { key: 'systemaccess', href: '/accessmanagement/ui/systemuser/overview', label: t('systemAccesses') },
    { key: 'requests', href: '/accessmanagement/ui/requests', label: t('requests') },
  ];
  return (
    <nav aria-label="Sidebar" className="md:w-56 md:shrink-0">
      <ul className="flex flex-wrap gap-2 md:flex-col">
        {items.map((item) => (
          <li key={item.key}>
            <Link
              href={item.href}
              aria-label={item.label}
              aria-current={item.key === current ? 'page' : undefined}
              className={`block rounded-md px-3 py-2 no-underline ${
                item.key === current
                  ? 'bg-[var(--ds-color-accent-surface-tinted)] font-semibold text-[var(--ds-color-accent-text-default)]'
                  : 'text-[var(--ds-color-neutral-text-default)] hover:bg-[var(--ds-color-accent-surface-hover)]'
              }`}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
