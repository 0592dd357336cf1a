import './globals.css';

import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';

export const metadata: Metadata = {
  title: 'Systembruker-sandkasse',
  description: 'A self-hosted sandbox of the Altinn 3 system user flow',
  // Served from public/, like every static asset of the sandbox.
  icons: {
    icon: [
      { url: '/favicon.ico', sizes: 'any' },
      { url: '/favicon.svg', type: 'image/svg+xml' },
    ],
  },
};

// The namespaces client components translate (login-form.tsx, error.tsx); every other text is rendered on the
// server. Without a list the provider sent all messages (14 KB) in every page's payload, serialised anew for
// each render.
const CLIENT_NAMESPACES = ['login', 'errorPage'] as const;

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  const clientMessages = Object.fromEntries(CLIENT_NAMESPACES.map((namespace) => [namespace, messages[namespace]]));
  return (
    <html lang={locale} data-color-scheme="light">
      <body>
        <NextIntlClientProvider messages={clientMessages}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
