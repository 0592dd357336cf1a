'use client';

import { Dialog, DialogBlock, DialogTrigger, DialogTriggerContext, Heading, Paragraph } from '@digdir/designsystemet-react';

interface Service {
  id: string;
  title: string;
  ownerName: string;
}

/** An access package as a list row; clicking it opens a dialog with its description and services. */
export function PackageDialog(props: {
  name: string;
  description: string;
  servicesLabel: string;
  servicesHeading: string;
  noServices: string;
  openLabel: string;
  closeLabel: string;
  services: Service[];
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
          <span className="font-medium">{props.name}</span>
          <span className="text-sm font-normal text-[var(--ds-color-neutral-text-subtle)]">{props.servicesLabel}</span>
        </span>
        <span aria-hidden>›</span>
      </DialogTrigger>
      <Dialog closeButton={props.closeLabel} closedby="any">
        <DialogBlock>
          <Heading level={2} data-size="sm">
            {props.name}
          </Heading>
        </DialogBlock>
        <DialogBlock>
          <Paragraph>{props.description}</Paragraph>
          <Heading level={3} data-size="2xs" className="!mt-4">
            {props.servicesHeading}
          </Heading>
          {props.services.length === 0 ? (
            <Paragraph data-size="sm">{props.noServices}</Paragraph>
          ) : (
            <ul className="mt-2 flex flex-col gap-2">
              {props.services.map((s) => (
                <li key={s.id} className="rounded border border-[var(--ds-color-neutral-border-subtle)] px-3 py-2">
                  <span className="block font-medium">{s.title}</span>
                  <span className="block text-sm text-[var(--ds-color-neutral-text-subtle)]">{s.ownerName}</span>
                </li>
              ))}
            </ul>
          )}
        </DialogBlock>
      </Dialog>
    </DialogTriggerContext>
  );
}
