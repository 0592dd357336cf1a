import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';

import { currentPerson, type SessionPerson } from '@/lib/session/current-person';

import { PageShell, Panel } from './page-shell';

/** A page's `<title>`: the `title` of its message namespace with the site's suffix. */
export async function pageMetadata(namespace: string): Promise<Metadata> {
  const [t, common] = await Promise.all([getTranslations(namespace), getTranslations('common')]);
  return { title: common('titleSuffix', { title: t('title') }) };
}

export interface OnwardLink {
  href: string;
  label: string;
  /** A full page load (pages outside the app router, such as the API docs). */
  plain?: boolean;
}

/**
 * A narrow page of one panel: a heading, what the page has to say, and where to go next. The error pages,
 * the login page and the receipt share it.
 */
export function MessagePage({
  person,
  actingFor,
  heading,
  children,
  whereNext,
  loginButton,
}: {
  person?: SessionPerson;
  actingFor?: string;
  heading: ReactNode;
  children?: ReactNode;
  whereNext?: { heading: string; links: OnwardLink[] };
  /** A logged-out page: the header offers "Logg inn", as Altinn's does. */
  loginButton?: boolean;
}) {
  return (
    <PageShell person={person} actingFor={actingFor} narrow loginButton={loginButton}>
      <Panel>
        <Heading level={1} data-size="lg">
          {heading}
        </Heading>
        {children}
        {whereNext ? (
          <>
            <Heading level={2} data-size="xs">
              {whereNext.heading}
            </Heading>
            <ul className="flex list-disc flex-col gap-1 pl-6">
              {whereNext.links.map((link) => (
                <li key={link.href}>{link.plain ? <a href={link.href}>{link.label}</a> : <Link href={link.href}>{link.label}</Link>}</li>
              ))}
            </ul>
          </>
        ) : null}
      </Panel>
    </PageShell>
  );
}

/**
 * An error page: the heading (`title` unless named) and `text` of its namespace, then links onward, labelled
 * from `where` (its own namespace unless named): [href, key] or [href, key, 'plain'].
 */
async function ErrorMessage({
  person,
  namespace,
  heading = 'title',
  where = namespace,
  links,
}: {
  person?: SessionPerson;
  namespace: string;
  heading?: string;
  where?: string;
  links: [href: string, key: string, plain?: 'plain'][];
}) {
  const [t, w] = await Promise.all([getTranslations(namespace), getTranslations(where)]);
  return (
    <MessagePage
      person={person}
      heading={t(heading)}
      whereNext={{ heading: w('whereNext'), links: links.map(([href, key, plain]) => ({ href, label: w(key), plain: plain === 'plain' })) }}
    >
      <Paragraph>{t('text')}</Paragraph>
    </MessagePage>
  );
}

/**
 * An error page's title and component (ErrorMessage for the person logged in). `anonymous` pages (not-found)
 * also render when the session cannot be read.
 */
export function errorPage(options: Omit<Parameters<typeof ErrorMessage>[0], 'person'> & { anonymous?: boolean }) {
  const { anonymous, ...message } = options;
  return {
    generateMetadata: () => pageMetadata(message.namespace),
    Page: async function ErrorPage() {
      const person = anonymous ? await currentPerson().catch(() => undefined) : await currentPerson();
      return <ErrorMessage person={person} {...message} />;
    },
  };
}
