import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { getTranslations } from 'next-intl/server';

/** The person lacks the role the page needs for the chosen organisation, and how to get it. */
export async function NoRoleAlert() {
  const t = await getTranslations('overview');
  return (
    <Alert data-color="warning">
      <Paragraph>{t('noRole')}</Paragraph>
      <Paragraph>{t('roleHint')}</Paragraph>
    </Alert>
  );
}
