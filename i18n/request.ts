import { cookies } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';

// The language lives in a cookie (NEXT_LOCALE), not in the URL: confirmUrl paths stay exactly Altinn's.
export const LOCALES = ['nb', 'nn', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const LOCALE_COOKIE = 'NEXT_LOCALE';

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

export default getRequestConfig(async () => {
  const wanted = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale: Locale = isLocale(wanted) ? wanted : 'nb';
  return { locale, messages: (await import(`../messages/${locale}.json`)).default };
});
