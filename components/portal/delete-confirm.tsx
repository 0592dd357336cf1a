'use client';

import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';

import { ActionForm } from './action-form';
import { deleteSystemUserAction } from './actions';

/** "Slett systemtilgang" with Altinn's confirmation step before anything is deleted. */
export function DeleteConfirm(props: {
  id: string;
  orgNo: string;
  type: 'standard' | 'agent';
  title: string;
  label: string;
  question: string;
  warning?: string;
  cancel: string;
}) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <div>
        <Button variant="tertiary" data-color="danger" onClick={() => setAsking(true)}>
          <svg aria-hidden width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8">
            <path d="M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3" />
          </svg>
          {props.label}
        </Button>
      </div>
    );
  }
  return (
    <div
      className="flex flex-col gap-3 rounded-md border border-[var(--ds-color-danger-border-default)] bg-[var(--ds-color-danger-surface-tinted)] p-4"
      role="group"
      aria-label={props.label}
    >
      <Paragraph>{props.question}</Paragraph>
      {props.warning ? <Paragraph>{props.warning}</Paragraph> : null}
      <ActionForm
        action={deleteSystemUserAction}
        fields={{ id: props.id, orgNo: props.orgNo, type: props.type, title: props.title }}
        label={props.label}
        color="danger"
        beside={
          <Button type="button" variant="tertiary" onClick={() => setAsking(false)}>
            {props.cancel}
          </Button>
        }
      />
    </div>
  );
}
