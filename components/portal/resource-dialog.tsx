'use client';

import { Dialog, DialogBlock, DialogTrigger, DialogTriggerContext, Heading, Paragraph } from '@digdir/designsystemet-react';

/** A single service as a list row named by its title; clicking it opens a dialog with its owner and description. */
export function ResourceDialog(props: { title: string; owner: string; description: string; closeLabel: string }) {
  return (
    <DialogTriggerContext>
      <DialogTrigger
        variant="tertiary"
        aria-label={props.title}
        className="items-center gap-3 text-left"
        style={{ width: '100%', justifyContent: 'space-between', padding: '0.75rem', borderRadius: '0.375rem' }}
      >
        <span className="flex flex-col items-start">
          <span className="font-medium">{props.title}</span>
          <span className="text-sm font-normal text-[var(--ds-color-neutral-text-subtle)]">{props.owner}</span>
        </span>
        <span aria-hidden>›</span>
      </DialogTrigger>
      <Dialog closeButton={props.closeLabel} closedby="any">
        <DialogBlock>
          <Heading level={2} data-size="sm">
            {props.title}
          </Heading>
          <Paragraph data-size="sm">{props.owner}</Paragraph>
        </DialogBlock>
        {props.description ? (
          <DialogBlock>
            <Paragraph>{props.description}</Paragraph>
          </DialogBlock>
        ) : null}
      </Dialog>
    </DialogTriggerContext>
  );
}
