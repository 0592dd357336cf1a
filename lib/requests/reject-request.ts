import 'server-only';

import type { Person } from '../access/caller';
import { db } from '../db';
import type { ApprovalOutcome } from './approve-request';
import { decide, loadPartyRequest, type RequestKind } from './party-request';

/**
 * Rejects a New request as `person`, an access manager of its party. The write is conditional on the request
 * still being New, so a rejection racing an approval (or another rejection) loses with AUTH-00013.
 */
export async function rejectRequest(options: {
  id: string;
  person: Person;
  partyId?: number;
  type?: RequestKind;
}): Promise<ApprovalOutcome> {
  const { request } = await loadPartyRequest({ ...options, kind: options.type ?? 'any' });
  await (await db()).$transaction((tx) => decide(tx, request, options.person, 'Rejected'));
  return { id: request.id, type: request.type, redirectUrl: request.redirectUrl };
}
