'use client';

import { Button } from '@digdir/designsystemet-react';
import { signOut } from 'next-auth/react';

export function LogoutButton({ label }: { label: string }) {
  return (
    <Button variant="tertiary" data-size="sm" onClick={() => void signOut({ callbackUrl: '/accessmanagement/ui/login' })}>
      {label}
    </Button>
  );
}
