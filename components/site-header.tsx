import Link from 'next/link';

/** The top bar of every page: Altinn's header shape, marked clearly as a sandbox. */
export function SiteHeader() {
  return (
    <header className="border-b border-[var(--ds-color-neutral-border-subtle)] bg-[var(--ds-color-neutral-background-default)]">
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 font-semibold text-[var(--ds-color-neutral-text-default)] no-underline">
          <span aria-hidden className="inline-block h-7 w-7 rounded-full bg-[var(--ds-color-accent-base-default)]" />
          <span>Altinn</span>
          <span className="rounded bg-[var(--ds-color-warning-surface-tinted)] px-2 py-0.5 text-sm font-normal">Sandkasse</span>
        </Link>
      </div>
    </header>
  );
}
