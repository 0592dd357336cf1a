import { NextResponse } from 'next/server';
import { config } from '@/lib/config';
import { readPartyAccess } from '@/lib/access/party';
import { PARTY_COOKIE, PARTY_COOKIE_OPTIONS } from '@/lib/session/chosen-party';
import { currentPerson } from '@/lib/session/current-person';

// Altinn's reportee/changeandredirect: the request pages send the person here to act for the request's
// organisation. It is chosen only if the person may represent it; otherwise Altinn's "could not switch actor"
// page. goTo must be a path on this site: anything that would leave it (`//host`, `/\\host`, a scheme) falls
// back to the overview.
function localTarget(goTo: string, base: string): string {
  const fallback = '/accessmanagement/ui/systemuser/overview';
  if (!goTo.startsWith('/') || goTo.includes('\\')) return fallback;
  try {
    const url = new URL(goTo, base);
    return url.origin === new URL(base).origin ? `${url.pathname}${url.search}${url.hash}` : fallback;
  } catch {
    return fallback;
  }
}

export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const base = config().PUBLIC_URL;
  const target = localTarget(params.get('goTo') ?? '', base);
  const person = await currentPerson();
  if (!person) return NextResponse.redirect(`${base}/accessmanagement/ui/login?callbackUrl=${encodeURIComponent(target)}`);
  const access = await readPartyAccess({ pid: person.pid, party: { orgNo: params.get('orgNo') ?? '' } });
  if (!access) return NextResponse.redirect(`${base}/accessmanagement/ui/errorpage/reportee`);
  const response = NextResponse.redirect(`${base}${target}`);
  response.cookies.set(PARTY_COOKIE, access.org.orgNo, PARTY_COOKIE_OPTIONS);
  return response;
}
