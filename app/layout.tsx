import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: 'Systembruker-sandkasse',
  description: 'A self-hosted sandbox of the Altinn 3 system user flow',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="nb" data-color-scheme="light">
      <body>{children}</body>
    </html>
  );
}
