import { NextResponse } from 'next/server';

import { readPartyAccess } from '@/lib/access/party';
import { config } from '@/lib/config';
import { PARTY_COOKIE, partyCookieOptions } from '@/lib/session/chosen-party';
import { currentPerson } from '@/lib/session/current-person';
import { safeReturnPath } from '@/lib/session/return-url';

// Altinn's reportee/changeandredirect: the request pages send the person here to act for the request's
// organisation. It is chosen only if the person may represent it; otherwise Altinn's "could not switch actor"
// page. goTo must be a path on this site: anything that would leave it (`//host`, `/\\host`, a scheme) falls
// back to the overview (lib/session/return-url.ts).

/** A redirect to a path on the host the browser used (which may differ from PUBLIC_URL), keeping its cookies. */
function redirectTo(path: string): NextResponse {
  return new NextResponse(null, { status: 307, headers: { location: path } });
}

export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const base = config().PUBLIC_URL;
  const target = safeReturnPath(params.get('goTo'), base);
  const person = await currentPerson();
  if (!person) return redirectTo(`/accessmanagement/ui/login?callbackUrl=${encodeURIComponent(target)}`);
  const access = await readPartyAccess({ pid: person.pid, party: { orgNo: params.get('orgNo') ?? '' } });
  if (!access) return redirectTo('/accessmanagement/ui/errorpage/reportee');
  const response = redirectTo(target);
  response.cookies.set(PARTY_COOKIE, access.org.orgNo, partyCookieOptions());
  return response;
}
