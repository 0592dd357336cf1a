'use server';

import { revalidatePath } from 'next/cache';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { delegateClient } from '@/lib/client-delegation/delegate-client';
import { removeClient } from '@/lib/client-delegation/remove-client';
import { AltinnProblem, HttpProblem, problem } from '@/lib/errors';
import { approveRequest } from '@/lib/requests/approve-request';
import { escalateRequest } from '@/lib/requests/escalate-request';
import { findRequest, type FoundRequest } from '@/lib/requests/find-request';
import { rejectRequest } from '@/lib/requests/reject-request';
import { readPartyAccess, type PartyAccess, type PartyPolicy } from '@/lib/portal/party-access';
import { currentPerson } from '@/lib/session/current-person';
import { rememberParty, secureCookie } from '@/lib/session/chosen-party';
import { createSystemUser } from '@/lib/system-users/create-system-user';
import { deleteSystemUser } from '@/lib/system-users/delete-system-user';
import { isLocale, LOCALE_COOKIE } from '@/i18n/request';
import { guid } from '@/lib/schemas/portal';
import { ZodError } from 'zod';

// The portal's state-changing actions. Next.js refuses server actions posted from another origin, and each
// action checks the session and the person's role again itself: a page that showed a button proves nothing.

export interface ActionState {
  error?: string;
  message?: string;
  /** The refusal is final (the request was handled elsewhere, say): the buttons that led to it are spent. */
  spent?: boolean;
  /**
   * Where the browser goes next, as a full page load: the logout chain runs through route handlers and ends on
   * another site, which the client router cannot follow.
   */
  location?: string;
}

const field = (form: FormData, name: string) => String(form.get(name) ?? '');

async function actingAccess(orgNo: string, policy: PartyPolicy): Promise<PartyAccess> {
  const person = await currentPerson();
  if (!person) throw new HttpProblem(401);
  const access = await readPartyAccess({ pid: person.pid, orgNo });
  const permitted =
    access &&
    (policy === 'represent' || (policy === 'accessManager' && access.isAccessManager) || (policy === 'clientAdmin' && access.isClientAdmin));
  if (!permitted) throw new HttpProblem(403);
  return access;
}

/** A failure as a sentence in the person's language; anything unexpected is rethrown to the error boundary. */
async function explain(error: unknown, org?: string): Promise<ActionState> {
  const t = await getTranslations('problems');
  if (error instanceof AltinnProblem && t.has(error.code)) return { error: t(error.code as 'AUTH-00004', { org: org ?? '' }), spent: true };
  if (error instanceof AltinnProblem) return { error: t('generic'), spent: true };
  if (error instanceof ZodError) return { error: t('generic') };
  if (error instanceof HttpProblem && (error.status === 401 || error.status === 403)) return { error: t('forbidden') };
  throw error;
}

export async function setLocale(form: FormData): Promise<void> {
  const locale = field(form, 'locale');
  if (isLocale(locale)) {
    (await cookies()).set(LOCALE_COOKIE, locale, { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365, ...secureCookie() });
  }
}

export async function chooseParty(form: FormData): Promise<void> {
  const orgNo = field(form, 'orgNo');
  await actingAccess(orgNo, 'represent').catch(() => redirect('/accessmanagement/ui/errorpage/reportee'));
  await rememberParty(orgNo);
  redirect('/accessmanagement/ui/systemuser/overview');
}

export async function createSystemUserAction(_state: ActionState, form: FormData): Promise<ActionState> {
  let id: string;
  try {
    const access = await actingAccess(field(form, 'orgNo'), 'accessManager');
    id = (await createSystemUser({ access, systemId: field(form, 'systemId') })).id;
  } catch (error) {
    return explain(error);
  }
  redirect(`/accessmanagement/ui/systemuser/overview?created=${id}`);
}

export async function deleteSystemUserAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const type = field(form, 'type') === 'agent' ? 'agent' : 'standard';
  try {
    const { org, person } = await actingAccess(field(form, 'orgNo'), 'accessManager');
    await deleteSystemUser({ id: guid.parse(field(form, 'id')), orgNo: org.orgNo, type, userId: person.userId });
  } catch (error) {
    return explain(error);
  }
  redirect(`/accessmanagement/ui/systemuser/overview?deleted=${encodeURIComponent(field(form, 'title'))}`);
}

/**
 * One client added to or removed from an agent system user, from the client modal. Answers instead of
 * redirecting: the modal keeps its place and says the outcome per row.
 */
export async function changeClientAction(input: {
  orgNo: string;
  systemUserId: string;
  clientId: string;
  op: 'add' | 'remove';
}): Promise<ActionState> {
  let orgName: string | undefined;
  try {
    const { org, person } = await actingAccess(String(input?.orgNo ?? '').slice(0, 20), 'clientAdmin');
    orgName = org.name;
    const systemUserId = guid.parse(input.systemUserId);
    const clientId = guid.parse(input.clientId);
    if (input?.op === 'remove') await removeClient({ systemUserId, clientId, facilitatorOrgNo: org.orgNo });
    else await delegateClient({ systemUserId, clientId, facilitator: org, userId: person.userId });
  } catch (error) {
    return explain(error, orgName);
  }
  revalidatePath('/accessmanagement/ui/systemuser', 'layout');
  return { message: 'done' };
}

// ---- confirmUrl pages: approve, reject, escalate ------------------------------------------------------------

async function requestContext(form: FormData) {
  const person = await currentPerson();
  if (!person) throw new HttpProblem(401);
  const found = await findRequest({ id: guid.parse(field(form, 'id')) });
  if (!found) throw problem('AUTH-00010');
  return { person, found, options: { id: found.request.id, partyId: found.party.partyId, person } };
}

const LOGOUT_PATHS = { standard: 'request', agent: 'agentrequest', change: 'changerequest' } as const;

/** The logout that ends a request flow: BFF logout → AUTHN logout → handleloggedout → redirectUrl or receipt. */
const logoutPath = (found: FoundRequest, kind: keyof typeof LOGOUT_PATHS = found.request.type) =>
  `/accessmanagement/api/v1/systemuser/${LOGOUT_PATHS[kind]}/${found.request.id}/logout`;

/**
 * After approve or reject, as Altinn: opened from the overview (`skiplogout`), back to the overview with the new
 * system access marked; otherwise logged out on the way to the vendor's redirectUrl (or, without one, to the
 * sandbox's receipt). A change request always logs out.
 */
function leave(found: FoundRequest, form: FormData, approved: boolean): ActionState {
  if (field(form, 'skiplogout') === 'true' && found.request.type !== 'change') {
    // The approved system user has the request's id, as in Altinn.
    return { location: `/accessmanagement/ui/systemuser/overview${approved ? `?created=${found.request.id}` : ''}` };
  }
  return { location: logoutPath(found) };
}

export async function approveRequestAction(_state: ActionState, form: FormData): Promise<ActionState> {
  let found: FoundRequest;
  try {
    const context = await requestContext(form);
    found = context.found;
    await approveRequest(context.options);
  } catch (error) {
    return explainRequest(error, 'approveError');
  }
  return leave(found, form, true);
}

export async function rejectRequestAction(_state: ActionState, form: FormData): Promise<ActionState> {
  let found: FoundRequest;
  try {
    const context = await requestContext(form);
    found = context.found;
    await rejectRequest(context.options);
  } catch (error) {
    return explainRequest(error, 'rejectError');
  }
  return leave(found, form, false);
}

export async function escalateRequestAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const t = await getTranslations('request');
  try {
    const { options } = await requestContext(form);
    if (!(await escalateRequest(options))) return { error: t('escalateError') };
  } catch (error) {
    return explainRequest(error, 'escalateError');
  }
  // No revalidation: the page keeps showing Altinn's second step ("videresendt") instead of re-rendering.
  return { message: 'escalated' };
}

async function explainRequest(error: unknown, fallback: 'approveError' | 'rejectError' | 'escalateError'): Promise<ActionState> {
  const t = await getTranslations('request');
  const problems = await getTranslations('problems');
  if (error instanceof AltinnProblem) {
    const detail = problems.has(error.code) ? ` ${problems(error.code as 'AUTH-00004', { org: '' })}` : '';
    return { error: `${t(fallback)}${detail}`, spent: true };
  }
  if (error instanceof ZodError) return { error: t(fallback) };
  if (error instanceof HttpProblem && (error.status === 401 || error.status === 403)) return { error: `${t(fallback)} ${t('noAccess')}` };
  throw error;
}
