'use client';

import { Alert, Button, Field, Heading, Input, Label, Paragraph, ValidationMessage } from '@digdir/designsystemet-react';
import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';

/** The test-ID login: a number field, and one button per test person. */
export function LoginForm({
  callbackUrl,
  persons,
  initialError,
}: {
  callbackUrl: string;
  persons: { pid: string; name: string; roles: string }[];
  initialError?: string;
}) {
  const t = useTranslations('login');
  const [pid, setPid] = useState('');
  const [error, setError] = useState<string | undefined>(initialError);
  const [busy, setBusy] = useState(false);

  const message = (code: string) => (t.has(`errors.${code}`) ? t(`errors.${code}` as 'errors.generic') : t('errors.generic'));

  async function logIn(value: string) {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    const result = await signIn('testid', { pid: value, callbackUrl, redirect: false });
    if (result?.ok && !result.error) {
      window.location.assign(result.url ?? callbackUrl);
      return;
    }
    setError(message(result?.error ?? 'generic'));
    setBusy(false);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void logIn(pid.trim());
  }

  return (
    <div className="flex flex-col gap-6">
      <form onSubmit={submit} noValidate className="flex flex-col gap-4">
        <Field>
          <Label htmlFor="pid">{t('pidLabel')}</Label>
          <Paragraph data-size="sm" id="pid-description">
            {t('pidDescription')}
          </Paragraph>
          <Input
            id="pid"
            name="pid"
            inputMode="numeric"
            autoComplete="off"
            value={pid}
            onChange={(e) => setPid(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'pid-description pid-error' : 'pid-description'}
            className="max-w-xs"
          />
          {error ? <ValidationMessage id="pid-error">{error}</ValidationMessage> : null}
        </Field>
        <div>
          <Button type="submit" aria-disabled={busy || undefined}>
            {busy ? t('submitting') : t('submit')}
          </Button>
        </div>
      </form>
      {error ? (
        <Alert data-color="danger" role="alert">
          {error}
        </Alert>
      ) : null}
      <section aria-labelledby="persons-heading" className="flex flex-col gap-3">
        <Heading level={2} data-size="xs" id="persons-heading">
          {t('personsHeading')}
        </Heading>
        <Paragraph data-size="sm">{t('personsIntro')}</Paragraph>
        <ul className="flex flex-col gap-2">
          {persons.map((p) => (
            <li key={p.pid}>
              <Button
                variant="secondary"
                className="w-full !justify-between text-left"
                onClick={() => void logIn(p.pid)}
                aria-label={t('loginAs', { name: p.name })}
              >
                <span className="flex flex-col items-start">
                  <span>{p.name}</span>
                  <span className="text-sm font-normal">
                    {p.pid} · {p.roles}
                  </span>
                </span>
                <span aria-hidden>›</span>
              </Button>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
