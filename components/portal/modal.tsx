'use client';

import { Dialog, DialogBlock, Heading } from '@digdir/designsystemet-react';
import { type ReactNode, type Ref, useId } from 'react';

/**
 * A modal dialog headed by a level-2 heading that names it, as wide as `width` but never wider than the
 * screen: the account menu and the client modal. The caller opens it through `ref` (showModal). It closes
 * with its close button, Escape or a click outside, except while `locked` (work in progress that closing
 * would cut short), when it has no close button and ignores both.
 */
export function Modal(props: {
  ref: Ref<HTMLDialogElement>;
  /** The heading that names the dialog, and the close button's label. */
  texts: { heading: string; close: string };
  width: string;
  locked?: boolean;
  onClose: () => void;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <Dialog
      ref={props.ref}
      closedby={props.locked ? 'none' : 'any'}
      closeButton={props.locked ? false : props.texts.close}
      onClose={props.onClose}
      aria-labelledby={headingId}
      style={{ maxWidth: `min(${props.width}, calc(100vw - 1rem))` }}
    >
      <DialogBlock>
        <Heading level={2} data-size="sm" id={headingId}>
          {props.texts.heading}
        </Heading>
      </DialogBlock>
      {props.children}
    </Dialog>
  );
}
