'use client';

import { Button } from '@digdir/designsystemet-react';
import type { ComponentProps, ReactNode } from 'react';
import { useFormStatus } from 'react-dom';

/**
 * A form's submit button that ignores clicks while the form is being sent, so a double click sends one
 * request. Like Altinn's, it stays focusable (aria-disabled) and says what is happening.
 */
export function SubmitButton({
  children,
  pendingLabel,
  ...props
}: ComponentProps<typeof Button> & { pendingLabel?: ReactNode }) {
  const { pending } = useFormStatus();
  return (
    <Button
      type="submit"
      {...props}
      aria-disabled={pending || undefined}
      onClick={(event) => {
        if (pending) event.preventDefault();
      }}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </Button>
  );
}
