import { getLocale, getTranslations } from 'next-intl/server';

import { LOCALES } from '@/i18n/request';

import { setLocale } from './actions';

/** Altinn's "Velg språk": three buttons, the current language marked; the choice is kept in a cookie. */
export async function LanguageSwitch() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations('common')]);
  return (
    <form action={setLocale} aria-label={t('language')} className="flex flex-wrap items-center gap-1">
      {LOCALES.map((l) => (
        <button
          key={l}
          type="submit"
          name="locale"
          value={l}
          lang={l === 'en' ? 'en' : 'no'}
          aria-pressed={l === locale}
          className={`rounded px-2 py-1 text-sm ${
            l === locale
              ? 'bg-[var(--ds-color-accent-surface-tinted)] font-semibold text-[var(--ds-color-accent-text-default)]'
              : 'text-[var(--ds-color-accent-text-subtle)] underline hover:bg-[var(--ds-color-accent-surface-hover)]'
          }`}
        >
          {t(`languages.${l}`)}
        </button>
      ))}
    </form>
  );
}
