'use client';

import { Alert } from '@digdir/designsystemet-react';
import { type ReactNode, useActionState } from 'react';

import type { ActionState } from './actions';
import { SubmitButton } from './submit-button';

/**
 * A form posting to a server action, showing the action's error (role=alert) or message (a polite status)
 * below its row of buttons. A final refusal leaves the submit button spent.
 */
export function ActionForm({
  action,
  fields,
  label,
  pendingLabel,
  variant = 'primary',
  color,
  ariaLabel,
  children,
  className,
  beside,
}: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  fields: Record<string, string>;
  label: ReactNode;
  pendingLabel?: ReactNode;
  variant?: 'primary' | 'secondary' | 'tertiary';
  color?: 'danger' | 'accent';
  ariaLabel?: string;
  children?: ReactNode;
  className?: string;
  /** Shown in the button row next to the submit button (an "Avbryt"), so an error never splits the pair. */
  beside?: ReactNode;
}) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className={className ?? 'flex flex-col gap-3'}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton variant={variant} data-color={color} pendingLabel={pendingLabel} aria-label={ariaLabel} spent={Boolean(state.spent)}>
          {label}
        </SubmitButton>
        {beside}
      </div>
      {state.error ? (
        <Alert data-color="danger" role="alert">
          {state.error}
        </Alert>
      ) : null}
      <div aria-live="polite">{state.message ? <Alert data-color="success">{state.message}</Alert> : null}</div>
    </form>
  );
}
