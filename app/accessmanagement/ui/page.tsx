import { redirect } from 'next/navigation';

export default function PortalRoot() {
  redirect('/accessmanagement/ui/systemuser/overview');
}
