'use client';

import { Button, DialogBlock, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useSearchParams } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';

import { Modal } from './modal';

export interface AccountMenuParty {
  orgNo: string;
  name: string;
}

export interface AccountMenuTexts {
  heading: string;
  search: string;
  orgNo: string; // "{orgNo}"
  noMatch: string;
  close: string;
}

const grouped = (orgNo: string) => orgNo.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3');

/** The party switch (Altinn's reportee/changeandredirect), back to the overview of the chosen organisation. */
const switchTo = (orgNo: string) =>
  `/accessmanagement/api/v1/reportee/changeandredirect?orgNo=${encodeURIComponent(orgNo)}&goTo=${encodeURIComponent('/accessmanagement/ui/systemuser/overview')}`;

/**
 * Altinn's account menu on the management pages: a button with the current party opens a dialog listing every
 * organisation the person may act for, with a search; choosing one switches the reportee. After login Altinn
 * lands on `?openAccountMenu=true`, which opens it at once.
 */
export function AccountMenu({ parties, chosen, texts }: { parties: AccountMenuParty[]; chosen?: string; texts: AccountMenuTexts }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const openOnArrival = useSearchParams().get('openAccountMenu') === 'true';
  const current = parties.find((p) => p.orgNo === chosen) ?? parties[0];

  useEffect(() => {
    if (!openOnArrival || dialog.current?.open) return;
    dialog.current?.showModal();
    setOpen(true);
  }, [openOnArrival]);

  const q = query.trim().toLowerCase();
  const digits = q.replace(/\s+/g, '');
  const shown = parties.filter((p) => !q || p.name.toLowerCase().includes(q) || (/^\d+$/.test(digits) && p.orgNo.includes(digits)));

  return (
    <>
      <Button
        variant="tertiary"
        data-size="sm"
        aria-haspopup="dialog"
        aria-expanded={open}
        style={{ whiteSpace: 'normal', textAlign: 'start' }}
        onClick={() => {
          dialog.current?.showModal();
          setOpen(true);
        }}
      >
        {current?.name}
        <span aria-hidden> ▾</span>
      </Button>
      <Modal
        ref={dialog}
        texts={texts}
        width="32rem"
        onClose={() => {
          setOpen(false);
          setQuery('');
        }}
      >
        {/* The list exists only while the menu is open, so the page carries no second copy of every name. */}
        {open ? (
          <DialogBlock>
            <div className="flex flex-col gap-4">
              <Textfield
                label={texts.search}
                type="search"
                value={query}
                onChange={(event) => setQuery(event.target.value.slice(0, 100))}
              />
              {shown.length === 0 ? (
                <Paragraph>{texts.noMatch}</Paragraph>
              ) : (
                <ul role="menu" aria-label={texts.heading} className="flex flex-col gap-2">
                  {shown.map((p) => (
                    <li key={p.orgNo} role="none">
                      <a
                        role="menuitem"
                        href={switchTo(p.orgNo)}
                        aria-current={p.orgNo === current?.orgNo ? 'true' : undefined}
                        className={`flex flex-col rounded-md border px-3 py-2 no-underline hover:bg-[var(--ds-color-accent-surface-hover)] ${
                          p.orgNo === current?.orgNo
                            ? 'border-[var(--ds-color-accent-border-default)] bg-[var(--ds-color-accent-surface-tinted)]'
                            : 'border-[var(--ds-color-neutral-border-subtle)]'
                        }`}
                      >
                        <span className="font-medium text-[var(--ds-color-neutral-text-default)]">{p.name}</span>
                        <span className="text-sm text-[var(--ds-color-neutral-text-subtle)]">
                          {texts.orgNo.replace('{orgNo}', grouped(p.orgNo))}
                        </span>
                      </a>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </DialogBlock>
        ) : null}
      </Modal>
    </>
  );
}
