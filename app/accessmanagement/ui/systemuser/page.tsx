import { redirect } from 'next/navigation';

export default function SystemUserRoot() {
  redirect('/accessmanagement/ui/systemuser/overview');
}
