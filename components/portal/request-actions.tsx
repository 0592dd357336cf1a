'use client';

import { Alert } from '@digdir/designsystemet-react';
import { useActionState, useEffect } from 'react';

import type { ActionState } from './actions';
import { approveRequestAction, rejectRequestAction } from './actions';
import { SubmitButton } from './submit-button';

/**
 * "Godkjenn" and "Avvis" of a request page, side by side. A refusal is shown below the pair (role=alert),
 * never between the buttons; a refusal that a second click cannot change (the request was handled in another
 * tab, for instance) leaves both buttons spent.
 */
export function RequestActions({
  fields,
  approveLabel,
  approvingLabel,
  rejectLabel,
  rejectingLabel,
  canApprove,
  canReject,
}: {
  fields: Record<string, string>;
  approveLabel: string;
  approvingLabel: string;
  rejectLabel: string;
  rejectingLabel: string;
  canApprove: boolean;
  canReject: boolean;
}) {
  const [approved, approve, approving] = useActionState(approveRequestAction, {} as ActionState);
  const [rejected, reject, rejecting] = useActionState(rejectRequestAction, {} as ActionState);
  const error = approved.error ?? rejected.error;
  const location = approved.location ?? rejected.location;
  useEffect(() => {
    // A full page load, as Altinn sets window.location: the logout chain ends on the vendor's site.
    if (location) window.location.assign(location);
  }, [location]);
  const spent = Boolean(approved.spent || rejected.spent || location);
  const hidden = Object.entries(fields).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />);
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-start gap-3">
        {canApprove ? (
          <form action={approve}>
            {hidden}
            <SubmitButton pendingLabel={approvingLabel} spent={spent || rejecting}>
              {approveLabel}
            </SubmitButton>
          </form>
        ) : null}
        {canReject ? (
          <form action={reject}>
            {hidden}
            <SubmitButton variant="tertiary" pendingLabel={rejectingLabel} spent={spent || approving}>
              {rejectLabel}
            </SubmitButton>
          </form>
        ) : null}
      </div>
      {error ? (
        <Alert data-color="danger" role="alert">
          {error}
        </Alert>
      ) : null}
    </div>
  );
}
