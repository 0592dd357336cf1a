'use server';

import { revalidatePath } from 'next/cache';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ZodError } from 'zod';

import { isLocale, LOCALE_COOKIE } from '@/i18n/request';
import { sessionPersonOf } from '@/lib/access/caller';
import { delegateClient } from '@/lib/client-delegation/delegate-client';
import { removeClient } from '@/lib/client-delegation/remove-client';
import { selfDelegation } from '@/lib/client-delegation/self-delegation';
import { AltinnProblem, DomainError, isRefusal } from '@/lib/errors';
import { organisationNames } from '@/lib/parties/organisation-names';
import { type ApprovalOutcome, approveRequest } from '@/lib/requests/approve-request';
import { escalateRequest } from '@/lib/requests/escalate-request';
import { rejectRequest } from '@/lib/requests/reject-request';
import { guid } from '@/lib/schemas/portal';
import { rememberParty, secureCookie } from '@/lib/session/chosen-party';
import { currentPerson } from '@/lib/session/current-person';
import { createSystemUser } from '@/lib/system-users/create-system-user';
import { deleteSystemUser } from '@/lib/system-users/delete-system-user';

// The portal's state-changing actions. Next.js refuses server actions posted from another origin. An action
// holds no access rule: it names the session's person and the party, and the domain function it calls
// checks the person's role itself (lib/access), so a page that showed a button proves nothing.

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

/** The logged-in person; nobody → an unauthenticated refusal, which the actions explain as "no access". */
const actingPerson = async () => sessionPersonOf(await currentPerson());

/** A failure as a sentence in the person's language; anything unexpected is rethrown to the error boundary. */
async function explain(error: unknown, org?: string): Promise<ActionState> {
  const t = await getTranslations('problems');
  if (error instanceof AltinnProblem && t.has(error.code)) return { error: t(error.code as 'AUTH-00004', { org: org ?? '' }), spent: true };
  if (error instanceof AltinnProblem) return { error: t('generic'), spent: true };
  if (error instanceof ZodError) return { error: t('generic') };
  if (isRefusal(error)) return { error: t('forbidden') };
  throw error;
}

export async function setLocale(form: FormData): Promise<void> {
  const locale = field(form, 'locale');
  if (isLocale(locale)) {
    (await cookies()).set(LOCALE_COOKIE, locale, { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365, ...secureCookie() });
  }
}

export async function chooseParty(form: FormData): Promise<void> {
  const person = await currentPerson();
  if (!person || !(await rememberParty(person, field(form, 'orgNo')))) redirect('/accessmanagement/ui/errorpage/reportee');
  redirect('/accessmanagement/ui/systemuser/overview');
}

export async function createSystemUserAction(_state: ActionState, form: FormData): Promise<ActionState> {
  let id: string;
  try {
    const party = { orgNo: field(form, 'orgNo') };
    id = (await createSystemUser({ person: await actingPerson(), party, systemId: field(form, 'systemId') })).id;
  } catch (error) {
    return explain(error);
  }
  redirect(`/accessmanagement/ui/systemuser/overview?created=${id}`);
}

export async function deleteSystemUserAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const type = field(form, 'type') === 'agent' ? 'agent' : 'standard';
  try {
    const person = await actingPerson();
    await deleteSystemUser({ person, party: { orgNo: field(form, 'orgNo') }, id: guid.parse(field(form, 'id')), type });
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
  const party = { orgNo: String(input?.orgNo ?? '').slice(0, 20) };
  try {
    const person = await actingPerson();
    const systemUserId = guid.parse(input.systemUserId);
    const clientId = guid.parse(input.clientId);
    if (input?.op === 'remove') await removeClient({ person, party, systemUserId, clientId });
    else await delegateClient({ person, party, systemUserId, clientId });
  } catch (error) {
    return explain(error, (await organisationNames([party.orgNo])).get(party.orgNo));
  }
  revalidatePath('/accessmanagement/ui/systemuser', 'layout');
  return { message: 'done' };
}

/**
 * The facilitator's own organisation added to or removed from its agent system user ("Legg til din
 * virksomhet" / "Fjern din virksomhet fra systemtilgang"). A refusal reads as Altinn's fallback sentence, with
 * the reason when the sandbox has one (client-only packages: AUTH-00064).
 */
export async function selfDelegationAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const add = field(form, 'op') !== 'remove';
  try {
    await selfDelegation({
      person: await actingPerson(),
      party: { orgNo: field(form, 'orgNo').slice(0, 20) },
      systemUserId: guid.parse(field(form, 'id')),
      action: add ? 'delegate' : 'revoke',
    });
  } catch (error) {
    return explainSelf(error, add ? 'addOwnError' : 'removeOwnError');
  }
  revalidatePath('/accessmanagement/ui/systemuser', 'layout');
  return {};
}

/** Altinn's fallback sentence for the own organisation, followed by the reason where the sandbox knows one. */
async function explainSelf(error: unknown, fallback: 'addOwnError' | 'removeOwnError'): Promise<ActionState> {
  const [t, problems] = await Promise.all([getTranslations('agent'), getTranslations('problems')]);
  if (error instanceof AltinnProblem) {
    const detail = problems.has(error.code) ? ` ${problems(error.code as 'AUTH-00064', { org: '' })}` : '';
    return { error: `${t(fallback)}.${detail}`, spent: true };
  }
  if (isRefusal(error)) return { error: `${t(fallback)}. ${problems('forbidden')}` };
  // The system access is gone (deleted in another tab) or the form was tampered with.
  if (error instanceof DomainError || error instanceof ZodError) return { error: `${t(fallback)}.`, spent: true };
  throw error;
}

// ---- confirmUrl pages: approve, reject, escalate ------------------------------------------------------------

/** The request the form names, acted on by the logged-in person; its party is the request's own. */
async function requestOptions(form: FormData) {
  return { id: guid.parse(field(form, 'id')), person: await actingPerson() };
}

const LOGOUT_PATHS = { standard: 'request', agent: 'agentrequest', change: 'changerequest' } as const;

/** The logout that ends a request flow: BFF logout → AUTHN logout → handleloggedout → redirectUrl or receipt. */
const logoutPath = (outcome: ApprovalOutcome) => `/accessmanagement/api/v1/systemuser/${LOGOUT_PATHS[outcome.type]}/${outcome.id}/logout`;

/**
 * After approve or reject, as Altinn: opened from the overview (`skiplogout`), back to the overview with the new
 * system access marked; otherwise logged out on the way to the vendor's redirectUrl (or, without one, to the
 * sandbox's receipt). A change request always logs out.
 */
function leave(outcome: ApprovalOutcome, form: FormData, approved: boolean): ActionState {
  if (field(form, 'skiplogout') === 'true' && outcome.type !== 'change') {
    // The approved system user has the request's id, as in Altinn.
    return { location: `/accessmanagement/ui/systemuser/overview${approved ? `?created=${outcome.id}` : ''}` };
  }
  return { location: logoutPath(outcome) };
}

/** Approve or reject the request the form names, then leave as Altinn does. */
async function decide(form: FormData, decision: typeof approveRequest, fallback: 'approveError' | 'rejectError'): Promise<ActionState> {
  let outcome: ApprovalOutcome;
  try {
    outcome = await decision(await requestOptions(form));
  } catch (error) {
    return explainRequest(error, fallback);
  }
  return leave(outcome, form, decision === approveRequest);
}

export async function approveRequestAction(_state: ActionState, form: FormData): Promise<ActionState> {
  return decide(form, approveRequest, 'approveError');
}

export async function rejectRequestAction(_state: ActionState, form: FormData): Promise<ActionState> {
  return decide(form, rejectRequest, 'rejectError');
}

export async function escalateRequestAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const t = await getTranslations('request');
  try {
    if (!(await escalateRequest(await requestOptions(form)))) return { error: t('escalateError') };
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
  if (isRefusal(error)) return { error: `${t(fallback)} ${t('noAccess')}` };
  throw error;
}
