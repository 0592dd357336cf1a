import { Button } from '@digdir/designsystemet-react';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

import type { SessionPerson } from '@/lib/session/current-person';

import { AccountMenu, type AccountMenuParty } from './account-menu';
import { LanguageSwitch } from './language-switch';
import { LogoutButton } from './logout-button';

/** The organisations a management page lets the person switch between, and the one chosen. */
export interface HeaderAccount {
  parties: AccountMenuParty[];
  chosen?: string;
}

/**
 * Altinn's header: logo, language menu, the current account (on management pages the account menu) and
 * "Logget inn som … / Logg ut".
 */
export async function PortalHeader({
  person,
  actingFor,
  account,
  loginButton = false,
}: {
  person?: SessionPerson;
  actingFor?: string;
  account?: HeaderAccount;
  /** Logged-out pages other than the login itself: Altinn's header offers "Logg inn" there. */
  loginButton?: boolean;
}) {
  const t = await getTranslations('common');
  return (
    <header className="border-b border-[var(--ds-color-neutral-border-subtle)] bg-[var(--ds-color-neutral-background-default)]">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-white focus:p-2">
        {t('skipLink')}
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 font-semibold text-[var(--ds-color-neutral-text-default)] no-underline">
          {/* A 28 px static logo needs no image optimisation: a plain img. */}
          <img src="/logo.svg" alt="" width={28} height={28} />
          <span>{t('altinn')}</span>
          <span className="rounded bg-[var(--ds-color-warning-surface-tinted)] px-2 py-0.5 text-sm font-normal">{t('sandbox')}</span>
        </Link>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <LanguageSwitch />
          {person ? (
            <div className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-1 text-sm">
              <span>
                {t('loggedInAs', { name: person.name })}
                {account && account.parties.length > 0 ? null : actingFor ? (
                  <span className="block">{t('actingFor', { name: actingFor })}</span>
                ) : null}
              </span>
              {account && account.parties.length > 0 ? (
                <AccountMenu
                  parties={account.parties.map((p) => ({ orgNo: p.orgNo, name: p.name }))}
                  chosen={account.chosen}
                  texts={{
                    heading: t('accountMenu.heading'),
                    search: t('accountMenu.search'),
                    noMatch: t('accountMenu.noMatch'),
                    orgNo: t.raw('orgNo') as string,
                    close: t('close'),
                  }}
                />
              ) : null}
              <LogoutButton label={t('logout')} />
            </div>
          ) : loginButton ? (
            <form action="/accessmanagement/ui/login" method="get">
              <input type="hidden" name="callbackUrl" value="/accessmanagement/ui/systemuser/overview?openAccountMenu=true" />
              <Button type="submit" variant="secondary" data-size="sm">
                {t('login')}
              </Button>
            </form>
          ) : null}
        </div>
      </div>
    </header>
  );
}
