'use client';

import { Alert, Button, Checkbox, DialogBlock, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useRouter } from 'next/navigation';
import { useMemo, useRef, useState } from 'react';

import { changeClientAction } from './actions';
import { Modal } from './modal';

export interface ModalClient {
  id: string;
  name: string;
  orgNo: string;
  /** Holds every package the system access needs, so it can be added. */
  eligible: boolean;
}

export interface ClientModalTexts {
  open: string;
  heading: string;
  search: string;
  hideAdded: string;
  addAll: string;
  addAllRunning: string;
  progress: string; // "{done}" and "{total}"
  allAdded: string;
  someAdded: string; // "{done}" and "{total}"
  failedList: string;
  confirm: string;
  close: string;
  add: string;
  remove: string;
  addLabel: string; // "{name}"
  removeLabel: string; // "{name}"
  added: string; // "{name}"
  removed: string; // "{name}"
  addError: string;
  removeError: string;
  cannotAdd: string;
  noClients: string;
  noMatch: string;
  orgNo: string; // "{orgNo}"
  pages: string;
  page: string; // "{page}"
  previous: string;
  next: string;
}

const PAGE_SIZE = 5;
const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
const grouped = (orgNo: string) => orgNo.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3');

/**
 * Altinn's client modal: a search over name and org number, "Skjul klienter som er lagt til", "Legg til alle
 * klienter", pages of 5, an add or remove button per row (none for a client that cannot be added), and
 * "Bekreft og lukk". Each change is saved at once; closing refreshes the page's list of clients.
 */
export function ClientModal({
  systemUserId,
  orgNo,
  clients,
  initiallyAdded,
  texts,
}: {
  systemUserId: string;
  orgNo: string;
  clients: ModalClient[];
  initiallyAdded: string[];
  texts: ClientModalTexts;
}) {
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const result = useRef<HTMLDivElement>(null);
  const [added, setAdded] = useState(() => new Set(initiallyAdded));
  const [query, setQuery] = useState('');
  const [hideAdded, setHideAdded] = useState(false);
  const [page, setPage] = useState(1);
  const [busy, setBusy] = useState<string | null>(null);
  const [rowError, setRowError] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');
  const [bulk, setBulk] = useState<{ done: number; total: number; running: boolean; failed: string[] } | null>(null);

  const visible = useMemo(() => {
    const q = query.trim().toLowerCase();
    const digits = q.replace(/\s+/g, '');
    return clients.filter(
      (c) =>
        (!hideAdded || !added.has(c.id)) && (!q || c.name.toLowerCase().includes(q) || (/^\d+$/.test(digits) && c.orgNo.includes(digits))),
    );
  }, [clients, query, hideAdded, added]);
  const pageCount = Math.max(1, Math.ceil(visible.length / PAGE_SIZE));
  const current = Math.min(page, pageCount);
  const shown = visible.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
  const addable = clients.filter((c) => c.eligible && !added.has(c.id));

  async function change(client: ModalClient, op: 'add' | 'remove'): Promise<boolean> {
    const outcome = await changeClientAction({ orgNo, systemUserId, clientId: client.id, op });
    if (outcome.error) return false;
    setAdded((before) => {
      const next = new Set(before);
      if (op === 'add') next.add(client.id);
      else next.delete(client.id);
      return next;
    });
    return true;
  }

  async function toggle(client: ModalClient) {
    if (busy || bulk?.running) return;
    const op = added.has(client.id) ? 'remove' : 'add';
    setBusy(client.id);
    setRowError(({ [client.id]: _gone, ...rest }) => rest);
    const ok = await change(client, op).catch(() => false);
    setBusy(null);
    if (ok) setStatus(fill(op === 'add' ? texts.added : texts.removed, { name: client.name }));
    else setRowError((before) => ({ ...before, [client.id]: op === 'add' ? texts.addError : texts.removeError }));
  }

  async function addAll() {
    if (busy || bulk?.running || addable.length === 0) return;
    const todo = addable;
    const failed: string[] = [];
    setStatus('');
    setBulk({ done: 0, total: todo.length, running: true, failed });
    // One at a time: the first creates the relation, and the server is never flooded.
    for (const [index, client] of todo.entries()) {
      if (!(await change(client, 'add').catch(() => false))) failed.push(client.name);
      setBulk({ done: index + 1, total: todo.length, running: true, failed: [...failed] });
    }
    setBulk({ done: todo.length - failed.length, total: todo.length, running: false, failed });
    requestAnimationFrame(() => result.current?.focus());
  }

  function close() {
    if (bulk?.running) return;
    dialog.current?.close();
  }

  return (
    <>
      <Button variant="secondary" onClick={() => dialog.current?.showModal()} className="self-start">
        <span aria-hidden>+</span> {texts.open}
      </Button>
      <Modal
        ref={dialog}
        texts={texts}
        width="48rem"
        locked={bulk?.running}
        onClose={() => {
          setBulk((b) => (b?.running ? b : null));
          router.refresh();
        }}
      >
        <DialogBlock>
          <div className="flex flex-col gap-4">
            {clients.length === 0 ? (
              <Alert data-color="warning">{texts.noClients}</Alert>
            ) : (
              <>
                <Textfield
                  label={texts.search}
                  type="search"
                  value={query}
                  onChange={(event) => {
                    setQuery(event.target.value.slice(0, 100));
                    setPage(1);
                  }}
                />
                <div className="flex flex-wrap items-center justify-between gap-3">
                  <Checkbox
                    label={texts.hideAdded}
                    checked={hideAdded}
                    onChange={(event) => {
                      setHideAdded(event.target.checked);
                      setPage(1);
                    }}
                  />
                  <Button
                    variant="secondary"
                    data-size="sm"
                    onClick={() => void addAll()}
                    aria-disabled={Boolean(bulk?.running || busy) || addable.length === 0 || undefined}
                  >
                    {texts.addAll}
                  </Button>
                </div>
                {bulk?.running ? (
                  <Alert data-color="info">
                    <Paragraph>{texts.addAllRunning}</Paragraph>
                    <label className="mt-2 flex flex-col gap-1">
                      <span>{fill(texts.progress, { done: bulk.done, total: bulk.total })}</span>
                      <progress max={bulk.total} value={bulk.done} className="w-full" />
                    </label>
                  </Alert>
                ) : bulk ? (
                  <div ref={result} tabIndex={-1}>
                    {bulk.failed.length === 0 ? (
                      <Alert data-color="success">{texts.allAdded}</Alert>
                    ) : (
                      <Alert data-color="warning">
                        <Paragraph>{fill(texts.someAdded, { done: bulk.done, total: bulk.total })}</Paragraph>
                        <ul aria-label={texts.failedList} className="list-disc pl-6">
                          {bulk.failed.map((name) => (
                            <li key={name}>{name}</li>
                          ))}
                        </ul>
                      </Alert>
                    )}
                  </div>
                ) : null}
                {shown.length === 0 ? (
                  <Paragraph>{texts.noMatch}</Paragraph>
                ) : (
                  <ul className="flex flex-col gap-2" aria-label={texts.heading}>
                    {shown.map((c) => {
                      const isAdded = added.has(c.id);
                      return (
                        <li
                          key={c.id}
                          className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-[var(--ds-color-neutral-border-subtle)] px-3 py-2"
                        >
                          <span className="flex min-w-0 flex-col break-words">
                            <span className="font-medium">{c.name}</span>
                            <span className="text-sm text-[var(--ds-color-neutral-text-subtle)]">
                              {fill(texts.orgNo, { orgNo: grouped(c.orgNo) })}
                            </span>
                          </span>
                          {isAdded ? (
                            <Button
                              variant="tertiary"
                              data-color="danger"
                              data-size="sm"
                              aria-label={fill(texts.removeLabel, { name: c.name })}
                              aria-disabled={busy !== null || bulk?.running || undefined}
                              onClick={() => void toggle(c)}
                            >
                              <span aria-hidden>−</span> {texts.remove}
                            </Button>
                          ) : c.eligible ? (
                            <Button
                              variant="tertiary"
                              data-size="sm"
                              aria-label={fill(texts.addLabel, { name: c.name })}
                              aria-disabled={busy !== null || bulk?.running || undefined}
                              onClick={() => void toggle(c)}
                            >
                              <span aria-hidden>+</span> {texts.add}
                            </Button>
                          ) : (
                            <span className="text-sm text-[var(--ds-color-neutral-text-subtle)]">{texts.cannotAdd}</span>
                          )}
                          <span aria-live="polite" className="basis-full empty:hidden">
                            {rowError[c.id] ? (
                              <span className="text-sm text-[var(--ds-color-danger-text-subtle)]">{rowError[c.id]}</span>
                            ) : null}
                          </span>
                        </li>
                      );
                    })}
                  </ul>
                )}
                {pageCount > 1 ? (
                  <nav aria-label={texts.pages} className="flex flex-wrap items-center gap-1">
                    <Button
                      variant="tertiary"
                      data-size="sm"
                      aria-disabled={current === 1 || undefined}
                      onClick={() => current > 1 && setPage(current - 1)}
                    >
                      ‹ {texts.previous}
                    </Button>
                    {Array.from({ length: pageCount }, (_, i) => i + 1)
                      .filter((n) => pageCount <= 7 || Math.abs(n - current) <= 2 || n === 1 || n === pageCount)
                      .map((n) => (
                        <Button
                          key={n}
                          variant={n === current ? 'primary' : 'tertiary'}
                          data-size="sm"
                          aria-current={n === current ? 'page' : undefined}
                          aria-label={fill(texts.page, { page: n })}
                          onClick={() => setPage(n)}
                        >
                          {n}
                        </Button>
                      ))}
                    <Button
                      variant="tertiary"
                      data-size="sm"
                      aria-disabled={current === pageCount || undefined}
                      onClick={() => current < pageCount && setPage(current + 1)}
                    >
                      {texts.next} ›
                    </Button>
                  </nav>
                ) : null}
              </>
            )}
            <div role="status" aria-live="polite">
              {status ? <Paragraph data-size="sm">{status}</Paragraph> : null}
            </div>
          </div>
        </DialogBlock>
        <DialogBlock>
          <Button onClick={close} aria-disabled={bulk?.running || undefined}>
            {texts.confirm}
          </Button>
        </DialogBlock>
      </Modal>
    </>
  );
}
