'use client';

import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useActionState } from 'react';

import type { ActionState } from './actions';
import { escalateRequestAction } from './actions';
import { SubmitButton } from './submit-button';

export interface EscalateTexts {
  heading: string;
  text: string;
  escalate: string;
  close: string;
  doneHeading: string;
  doneText: string;
  finish: string;
}

/**
 * Altinn's escalation box: step 1 asks whether to forward the request to the organisation's access manager
 * ("Ja, send videre" or "Lukk og logg ut"); step 2 replaces it with "Forespørselen er videresendt" and
 * "Avslutt". Both ways out log out through the request's logout.
 */
export function EscalateBox({ id, texts }: { id: string; texts: EscalateTexts }) {
  const [state, escalate] = useActionState(escalateRequestAction, {} as ActionState);
  // Altinn logs out through the standard request's logout, even on the agent page.
  const closeForm = (label: string, variant: 'primary' | 'tertiary') => (
    <Button
      type="button"
      variant={variant}
      onClick={() => window.location.assign(`/accessmanagement/api/v1/systemuser/request/${encodeURIComponent(id)}/logout`)}
    >
      {label}
    </Button>
  );
  if (state.message === 'escalated') {
    return (
      <Alert data-color="success" role="status">
        <Heading level={3} data-size="xs">
          {texts.doneHeading}
        </Heading>
        <Paragraph>{texts.doneText}</Paragraph>
        <div className="mt-3">{closeForm(texts.finish, 'primary')}</div>
      </Alert>
    );
  }
  return (
    <Alert data-color="warning">
      <Heading level={3} data-size="xs">
        {texts.heading}
      </Heading>
      <Paragraph>{texts.text}</Paragraph>
      <div className="mt-3 flex flex-wrap items-start gap-3">
        <form action={escalate}>
          <input type="hidden" name="id" value={id} />
          <SubmitButton>{texts.escalate}</SubmitButton>
        </form>
        {closeForm(texts.close, 'tertiary')}
      </div>
      <div aria-live="polite" className="mt-3">
        {state.error ? <Paragraph data-color="danger">{state.error}</Paragraph> : null}
      </div>
    </Alert>
  );
}
