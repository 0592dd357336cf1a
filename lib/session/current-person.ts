import 'server-only';

import { redirect } from 'next/navigation';
import { getServerSession } from 'next-auth';

import { authOptions, LOGIN_PATH } from './auth-options';

export interface SessionPerson {
  name: string;
  pid: string;
  userId: number;
  partyId: number;
}

/** The logged-in person, or undefined. */
export async function currentPerson(): Promise<SessionPerson | undefined> {
  const session = await getServerSession(await authOptions());
  return session?.user?.pid ? session.user : undefined;
}

/** The logged-in person; otherwise off to the login page, which sends the person back to `returnTo`. */
export async function requirePerson(returnTo: string): Promise<SessionPerson> {
  const person = await currentPerson();
  if (!person) redirect(`${LOGIN_PATH}?callbackUrl=${encodeURIComponent(returnTo)}`);
  return person;
}
