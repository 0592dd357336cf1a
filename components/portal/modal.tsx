'use client';

import { Dialog, DialogBlock, Heading } from '@digdir/designsystemet-react';
import type { ComponentProps, ReactNode, Ref } from 'react';

type DialogProps = ComponentProps<typeof Dialog>;

/**
 * A modal dialog headed by a level-2 heading that names it, as wide as `width` but never wider than the
 * screen: the account menu and the client modal. The caller opens it through `ref` (showModal).
 */
export function Modal(props: {
  ref: Ref<HTMLDialogElement>;
  heading: string;
  headingId: string;
  width: string;
  closedby: DialogProps['closedby'];
  closeButton: DialogProps['closeButton'];
  onClose: () => void;
  children: ReactNode;
}) {
  return (
    <Dialog
      ref={props.ref}
      closedby={props.closedby}
      closeButton={props.closeButton}
      onClose={props.onClose}
      aria-labelledby={props.headingId}
      style={{ maxWidth: `min(${props.width}, calc(100vw - 1rem))` }}
    >
      <DialogBlock>
        <Heading level={2} data-size="sm" id={props.headingId}>
          {props.heading}
        </Heading>
      </DialogBlock>
      {props.children}
    </Dialog>
  );
}
