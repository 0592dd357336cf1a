import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import Link from 'next/link';
import type { ReactNode } from 'react';

export interface SystemUserListItem {
  id: string;
  title: string;
  description: string;
  href: string;
  action: string;
  isNew?: boolean;
  newLabel?: string;
}

/** Altinn's list of system accesses: title, vendor, a badge naming what the link leads to. */
export function SystemUserList({ items }: { items: SystemUserListItem[] }) {
  return (
    <ul className="flex flex-col gap-2">
      {items.map((item) => (
        <li key={item.id}>
          <Link
            href={item.href}
            className="flex items-center justify-between gap-3 rounded-md border border-[var(--ds-color-neutral-border-subtle)] bg-[var(--ds-color-neutral-background-default)] px-4 py-3 text-[var(--ds-color-neutral-text-default)] no-underline hover:bg-[var(--ds-color-accent-surface-hover)]"
          >
            <span className="flex min-w-0 items-center gap-3">
              <span
                aria-hidden
                className="grid h-9 w-9 shrink-0 place-items-center rounded-full bg-[var(--ds-color-accent-surface-tinted)] font-semibold"
              >
                {item.title.slice(0, 1).toUpperCase()}
              </span>
              <span className="flex min-w-0 flex-col break-words">
                <span className="font-medium">
                  {item.title}{' '}
                  {item.isNew ? (
                    <Tag data-color="info" data-size="sm" className="ml-1">
                      {item.newLabel}
                    </Tag>
                  ) : null}
                </span>
                <span className="text-sm text-[var(--ds-color-neutral-text-subtle)]">{item.description}</span>
              </span>
            </span>
            <span className="flex items-center gap-2">
              {/* Designsystemet's tag sets its own display, so the wrapper hides it on small screens. */}
              <span className="hidden sm:inline">
                <Tag data-size="sm">{item.action}</Tag>
              </span>
              <span aria-hidden>›</span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** The vendor's organisation number: the first part of a system id ("{vendorOrgNo}_{name}"). */
export const vendorOf = (systemId: string) => systemId.split('_')[0];

/**
 * A request waiting for the access manager (overview and requests pages): it opens the request's approval
 * page, which comes back to `backTo`. `t` reads the `overview` messages.
 */
export function pendingRequestItem(
  request: { id: string; integrationTitle?: string; systemId: string; type: 'standard' | 'agent' },
  options: { vendors: Map<string, string>; backTo: string; t: (key: string, values?: Record<string, string>) => string },
): SystemUserListItem {
  const { t } = options;
  const vendor = vendorOf(request.systemId);
  const page = request.type === 'agent' ? 'agentrequest' : 'request';
  return {
    id: request.id,
    title: t('pendingTitle', { title: request.integrationTitle ?? request.systemId, ref: request.id.slice(-5) }),
    description: options.vendors.get(vendor) ?? vendor,
    href: `/accessmanagement/ui/systemuser/${page}?id=${request.id}&skiplogout=true&backtopage=${encodeURIComponent(options.backTo)}`,
    action: request.type === 'agent' ? t('pendingAgent') : t('pendingStandard'),
  };
}

/** A headed section of list rows (`empty` when there are none), with an action beside the heading and what follows the list (a pager). */
export function ListSection(props: {
  id: string;
  heading: string;
  items: SystemUserListItem[];
  empty?: string;
  action?: ReactNode;
  after?: ReactNode;
}) {
  const heading = (
    <Heading level={2} data-size="sm" id={props.id}>
      {props.heading}
    </Heading>
  );
  return (
    <section aria-labelledby={props.id} className="flex flex-col gap-3">
      {props.action ? (
        <div className="flex flex-wrap items-center justify-between gap-3">
          {heading}
          {props.action}
        </div>
      ) : (
        heading
      )}
      {props.items.length === 0 ? <Paragraph>{props.empty}</Paragraph> : <SystemUserList items={props.items} />}
      {props.after}
    </section>
  );
}
