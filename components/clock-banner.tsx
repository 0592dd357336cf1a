import { Alert } from '@digdir/designsystemet-react';
import { getLocale, getTranslations } from 'next-intl/server';

import { clockOffsetMs, sandboxNow } from '@/lib/clock';
import { db } from '@/lib/db';

const LOCALES: Record<string, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

/** Shown on every portal page and the front page while the sandbox clock is shifted (POST /sandbox/api/v1/clock). */
export async function ClockBanner() {
  await db(); // refreshes the clock's cached offset
  if (Math.abs(clockOffsetMs()) < 1000) return null;
  const t = await getTranslations('sandboxClock');
  const locale = LOCALES[await getLocale()] ?? 'nb-NO';
  const time = sandboxNow().toLocaleString(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Oslo' });
  return (
    <div className="mx-auto max-w-5xl px-4 pt-3">
      <Alert data-color="warning" data-size="sm">
        {t('banner', { time })}
      </Alert>
    </div>
  );
}
