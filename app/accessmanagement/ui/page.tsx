import { redirect } from 'next/navigation';

import { LOGIN_PATH } from '@/lib/session/auth-options';
import { currentPerson } from '@/lib/session/current-person';

export const dynamic = 'force-dynamic';

// Altinn's front door of access management: someone not logged in is sent to the login, and lands with the
// account menu open (`openAccountMenu=true`) to choose whom to act for; someone logged in goes to the overview.
export default async function PortalRoot() {
  if (await currentPerson()) redirect('/accessmanagement/ui/systemuser/overview');
  redirect(`${LOGIN_PATH}?callbackUrl=${encodeURIComponent('/accessmanagement/ui/systemuser/overview?openAccountMenu=true')}`);
}
