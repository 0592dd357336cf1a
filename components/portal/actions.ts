'use server';

import { revalidatePath } from 'next/cache';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { delegateClient } from '@/lib/client-delegation/delegate-client';
import { removeClient } from '@/lib/client-delegation/remove-client';
import { sessionPersonOf } from '@/lib/access/caller';
import { AltinnProblem, isRefusal } from '@/lib/errors';
import { approveRequest, type ApprovalOutcome } from '@/lib/requests/approve-request';
import { escalateRequest } from '@/lib/requests/escalate-request';
import { rejectRequest } from '@/lib/requests/reject-request';
import { organisationNames } from '@/lib/parties/organisation-names';
import { currentPerson } from '@/lib/session/current-person';
import { rememberParty, secureCookie } from '@/lib/session/chosen-party';
import { createSystemUser } from '@/lib/system-users/create-system-user';
import { deleteSystemUser } from '@/lib/system-users/delete-system-user';
import { isLocale, LOCALE_COOKIE } from '@/i18n/request';
import { guid } from '@/lib/schemas/portal';
import { ZodError } from 'zod';

// The portal's state-changing actions. Next.js refuses server actions posted from another origin. An action
// holds no access rule: it names the session's person and the party, and the domain function it calls
// checks the person's role itself (lib/access), so a page that showed a button proves nothing.

export interface ActionState {
  error?: string;
  message?: string;
}

const field = (form: FormData, name: string) => String(form.get(name) ?? '');

/** The logged-in person; nobody → an unauthenticated refusal, which the actions explain as "no access". */
const actingPerson = async () => sessionPersonOf(await currentPerson());

/** A failure as a sentence in the person's language; anything unexpected is rethrown to the error boundary. */
async function explain(error: unknown, org?: string): Promise<ActionState> {
  const t = await getTranslations('problems');
  if (error instanceof AltinnProblem && t.has(error.code)) return { error: t(error.code as 'AUTH-00004', { org: org ?? '' }) };
  if (error instanceof AltinnProblem || error instanceof ZodError) return { error: t('generic') };
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

export async function clientAction(_state: ActionState, form: FormData): Promise<ActionState> {
  let done: string;
  const party = { orgNo: field(form, 'orgNo') };
  const systemUserId = field(form, 'id');
  try {
    const person = await actingPerson();
    const id = guid.parse(systemUserId);
    if (field(form, 'op') === 'remove') {
      await removeClient({ person, party, systemUserId: id, clientId: guid.parse(field(form, 'clientId')) });
      done = `removed=${encodeURIComponent(field(form, 'clientName'))}`;
    } else {
      const byOrgNo = field(form, 'clientOrgNo').replace(/\s+/g, '');
      const [delegation] = await delegateClient({
        person,
        party,
        systemUserId: id,
        ...(byOrgNo ? { clientOrgNo: byOrgNo } : { clientId: guid.parse(field(form, 'clientId')) }),
      });
      done = `added=${delegation.customerId}`;
    }
  } catch (error) {
    return explain(error, (await organisationNames([party.orgNo])).get(party.orgNo));
  }
  // The row moves between lists, so the outcome is said by the page itself.
  revalidatePath('/accessmanagement/ui/systemuser', 'layout');
  redirect(`/accessmanagement/ui/systemuser/${systemUserId}/agentdelegation?${done}`);
}

// ---- confirmUrl pages: approve, reject, escalate ------------------------------------------------------------

/** The request the form names, acted on by the logged-in person; its party is the request's own. */
async function requestOptions(form: FormData) {
  return { id: guid.parse(field(form, 'id')), person: await actingPerson() };
}

/** After approve or reject: the vendor's stored redirectUrl exactly as stored, else the sandbox's receipt. */
function leave(outcome: ApprovalOutcome): never {
  if (outcome.redirectUrl) redirect(outcome.redirectUrl);
  redirect(`/accessmanagement/ui/systemuser/receipt?id=${outcome.id}`);
}

/** Approve or reject the request the form names, then leave for the vendor's page or the receipt. */
async function decide(form: FormData, decision: typeof approveRequest, fallback: 'approveError' | 'rejectError'): Promise<ActionState> {
  let outcome: ApprovalOutcome;
  try {
    outcome = await decision(await requestOptions(form));
  } catch (error) {
    return explainRequest(error, fallback);
  }
  leave(outcome);
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
  return { message: `${t('escalatedHeading')}. ${t('escalatedText')}` };
}

async function explainRequest(error: unknown, fallback: 'approveError' | 'rejectError' | 'escalateError'): Promise<ActionState> {
  const t = await getTranslations('request');
  const problems = await getTranslations('problems');
  if (error instanceof AltinnProblem) {
    const detail = problems.has(error.code) ? ` ${problems(error.code as 'AUTH-00004', { org: '' })}` : '';
    return { error: `${t(fallback)}${detail}` };
  }
  if (error instanceof ZodError) return { error: t(fallback) };
  if (isRefusal(error)) return { error: `${t(fallback)} ${t('noAccess')}` };
  throw error;
}
