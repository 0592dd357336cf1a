import { randomUUID } from 'node:crypto';

import { db } from '@/lib/db';
import { systems } from '@/lib/seed/systems';

// System users made directly in the database (as approving a request would), with unique external refs.

export const smartcloudSystem = systems.find((s) => s.systemId === '991825827_smartcloud')!;

export async function createSystemUser(
  options: { systemInternalId?: string; reporteeOrgNo?: string; externalRef?: string; isDeleted?: boolean } = {},
) {
  const reporteeOrgNo = options.reporteeOrgNo ?? '314248295';
  return (await db()).systemUser.create({
    data: {
      id: randomUUID(),
      type: 'standard',
      integrationTitle: 'Test integration',
      systemInternalId: options.systemInternalId ?? smartcloudSystem.id,
      reporteeOrgNo,
      externalRef: options.externalRef ?? `ref-${randomUUID()}`,
      accessPackages: ['urn:altinn:accesspackage:skattegrunnlag'],
      isDeleted: options.isDeleted ?? false,
    },
  });
}
