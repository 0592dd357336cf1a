'use client';

import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslations } from 'next-intl';

// A page that failed (the database is down, say) says so, with the id the server logged the failure under,
// instead of pretending that what was asked for does not exist.
export default function PortalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('errorPage');
  return (
    <main id="main" className="mx-auto flex max-w-3xl flex-col gap-6 px-4 py-8">
      <Alert data-color="danger" role="alert">
        <Heading level={1} data-size="sm">
          {t('title')}
        </Heading>
        <Paragraph>{t('text')}</Paragraph>
        {error.digest ? <Paragraph data-testid="trace-id">{t('traceId', { id: error.digest })}</Paragraph> : null}
      </Alert>
      <div>
        <Button variant="secondary" onClick={reset}>
          {t('retry')}
        </Button>
      </div>
    </main>
  );
}
