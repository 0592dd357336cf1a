import { getTranslations } from 'next-intl/server';

import { DeleteConfirm } from './delete-confirm';

/**
 * "Slett systemtilgang" on a system user's page, with its texts: the question names the system user, and an
 * agent system user that still has clients warns that they go with it.
 */
export async function DeleteSystemUser({
  user,
  orgNo,
  type,
  hasClients = false,
}: {
  user: { id: string; integrationTitle: string };
  orgNo: string;
  type: 'standard' | 'agent';
  hasClients?: boolean;
}) {
  const [t, common] = await Promise.all([getTranslations('details'), getTranslations('common')]);
  return (
    <DeleteConfirm
      id={user.id}
      orgNo={orgNo}
      type={type}
      title={user.integrationTitle}
      label={t('delete')}
      question={t('confirmDelete', { title: user.integrationTitle })}
      warning={hasClients ? t('deleteWithClients') : undefined}
      cancel={common('cancel')}
    />
  );
}
