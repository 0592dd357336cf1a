import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';

import { MessagePage, pageMetadata } from '@/components/portal/message-page';
import { config } from '@/lib/config';
import { listDirectory } from '@/lib/parties/list-directory';
import { loginCanComplete } from '@/lib/session/auth-options';
import { currentPerson } from '@/lib/session/current-person';
import { DEFAULT_RETURN, safeReturnPath } from '@/lib/session/return-url';

import { LoginForm } from './login-form';

export const dynamic = 'force-dynamic';

export const generateMetadata = () => pageMetadata('login');

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const [t, roles, person, { persons }, requestHeaders] = await Promise.all([
    getTranslations('login'),
    getTranslations('roles'),
    currentPerson(),
    listDirectory(),
    headers(),
  ]);
  // Any host name works, except plain http to another machine when PUBLIC_URL is https (Secure cookies).
  const hostWorks = loginCanComplete(
    requestHeaders.get('x-forwarded-host') ?? requestHeaders.get('host'),
    requestHeaders.get('x-forwarded-proto')?.split(',')[0]?.trim() ?? 'http',
  );
  // Only paths on this site are followed after login. Without a destination the person lands as in Altinn, on
  // the overview with the account menu open.
  const callbackUrl =
    params.callbackUrl === undefined ? `${DEFAULT_RETURN}?openAccountMenu=true` : safeReturnPath(params.callbackUrl, config().PUBLIC_URL);
  const error = params.error
    ? t.has(`errors.${params.error}`)
      ? t(`errors.${params.error}` as 'errors.generic')
      : t('errors.generic')
    : undefined;

  return (
    <MessagePage person={person} heading={t('heading')}>
      <Paragraph>{t('intro')}</Paragraph>
      {hostWorks ? null : (
        <Alert data-color="warning" role="alert">
          {t('hostCannotLogIn', { publicUrl: config().PUBLIC_URL })}
        </Alert>
      )}
      {person ? (
        <Paragraph>
          {t('alreadyLoggedIn', { name: person.name })} <a href={callbackUrl}>{t('continue')}</a>
        </Paragraph>
      ) : null}
      <LoginForm
        callbackUrl={callbackUrl}
        initialError={error}
        persons={persons.map((p) => ({
          pid: p.pid,
          name: p.name,
          roles: p.roles.map((r) => `${r.codes.map((c) => roles(c as 'DAGL')).join(', ')} – ${r.orgName}`).join('; '),
        }))}
      />
    </MessagePage>
  );
}
