'use client';

import { Button } from '@digdir/designsystemet-react';
import type { ComponentProps, ReactNode } from 'react';
import { useFormStatus } from 'react-dom';

/**
 * A form's submit button that ignores clicks while the form is being sent, so a double click sends one
 * request; a spent button (its action done or refused for good) ignores them too. Like Altinn's, it stays focusable (aria-disabled) and says what is happening.
 */
export function SubmitButton({
  children,
  pendingLabel,
  spent = false,
  ...props
}: ComponentProps<typeof Button> & { pendingLabel?: ReactNode; spent?: boolean }) {
  const { pending } = useFormStatus();
  return (
    <Button
      type="submit"
      {...props}
      aria-disabled={pending || spent || undefined}
      onClick={(event) => {
        if (pending || spent) event.preventDefault();
      }}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </Button>
  );
}
