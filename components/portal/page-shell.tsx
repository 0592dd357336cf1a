import type { ReactNode } from 'react';

import type { SessionPerson } from '@/lib/session/current-person';

import { ClockBanner } from '../clock-banner';
import { type HeaderAccount, PortalHeader } from './portal-header';
import { Sidebar, type SidebarItem } from './sidebar';

/** Header plus one centred column, the frame of every portal page. */
export async function PageShell({
  person,
  actingFor,
  top,
  children,
  narrow = false,
  current,
  account,
  loginButton,
}: {
  person?: SessionPerson;
  actingFor?: string;
  top?: ReactNode;
  children: ReactNode;
  narrow?: boolean;
  /** Management pages (those with a `top`) get Altinn's left navigation; this marks the current item. */
  current?: SidebarItem;
  /** Management pages: the parties of the account menu in the header. */
  account?: HeaderAccount;
  /** A logged-out page other than the login: the header offers "Logg inn", as Altinn's does. */
  loginButton?: boolean;
}) {
  return (
    <>
      <PortalHeader person={person} actingFor={actingFor} account={account} loginButton={loginButton} />
      <ClockBanner />
      {top ? (
        <div className="border-b border-[var(--ds-color-neutral-border-subtle)] bg-[var(--ds-color-neutral-background-default)]">
          <div className="mx-auto max-w-6xl px-4 py-3">{top}</div>
        </div>
      ) : null}
      {top ? (
        <div className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-8 md:flex-row">
          <Sidebar current={current ?? 'systemaccess'} />
          <main id="main" className="flex min-w-0 flex-1 flex-col gap-6">
            {children}
          </main>
        </div>
      ) : (
        <main id="main" className={`mx-auto flex ${narrow ? 'max-w-3xl' : 'max-w-5xl'} flex-col gap-6 px-4 py-8`}>
          {children}
        </main>
      )}
    </>
  );
}

/** The white card the content of a page sits on. */
export function Panel({ children }: { children: ReactNode }) {
  return (
    <div className="flex flex-col gap-5 rounded-lg bg-[var(--ds-color-neutral-background-default)] p-6 shadow-sm sm:p-8">{children}</div>
  );
}
