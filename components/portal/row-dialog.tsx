'use client';

import { Dialog, DialogBlock, DialogTrigger, DialogTriggerContext, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';

/**
 * A list row (a title over a subtitle) that opens a dialog headed by the title: an access package with its
 * services, or a single service with its owner (components/portal/rights-list.tsx).
 */
export function RowDialog(props: {
  title: string;
  subtitle: string;
  openLabel: string;
  closeLabel: string;
  /** A line under the dialog's heading. */
  note?: string;
  children?: ReactNode;
}) {
  return (
    <DialogTriggerContext>
      <DialogTrigger
        variant="tertiary"
        aria-label={props.openLabel}
        className="items-center gap-3 text-left"
        style={{ width: '100%', justifyContent: 'space-between', padding: '0.75rem', borderRadius: '0.375rem' }}
      >
        <span className="flex flex-col items-start">
          <span className="font-medium">{props.title}</span>
          <span className="text-sm font-normal text-[var(--ds-color-neutral-text-subtle)]">{props.subtitle}</span>
        </span>
        <span aria-hidden>›</span>
      </DialogTrigger>
      <Dialog closeButton={props.closeLabel} closedby="any">
        <DialogBlock>
          <Heading level={2} data-size="sm">
            {props.title}
          </Heading>
          {props.note ? <Paragraph data-size="sm">{props.note}</Paragraph> : null}
        </DialogBlock>
        {props.children ? <DialogBlock>{props.children}</DialogBlock> : null}
      </Dialog>
    </DialogTriggerContext>
  );
}
