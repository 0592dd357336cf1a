'use client';

import { Button, Label } from '@digdir/designsystemet-react';
import { type KeyboardEvent, useId, useMemo, useState } from 'react';

export interface ComboboxSystem {
  systemId: string;
  name: string;
  description: string;
}

/**
 * Altinn's step 1 of creation: a combobox "Velg fagsystem" filtering on the system's name or on
 * "{vendor} ({org no})", and "Gå videre", which stays inactive until a system is chosen. The choice is sent as
 * `?system=` to the same page (step 2). Follows the ARIA combobox pattern with a list box.
 */
export function SystemCombobox({
  systems,
  label,
  placeholder,
  next,
  noMatch,
  action,
}: {
  systems: ComboboxSystem[];
  label: string;
  placeholder: string;
  next: string;
  noMatch: string;
  action: string;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [chosen, setChosen] = useState<ComboboxSystem | null>(null);
  const options = useMemo(() => {
    const q = text.trim().toLowerCase();
    if (chosen && text === chosen.name) return systems;
    return q ? systems.filter((s) => s.name.toLowerCase().includes(q) || s.description.toLowerCase().includes(q)) : systems;
  }, [systems, text, chosen]);

  function choose(system: ComboboxSystem) {
    setChosen(system);
    setText(system.name);
    setOpen(false);
  }

  function onKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, Math.max(options.length - 1, 0)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (event.key === 'Enter' && open && options[active]) {
      event.preventDefault();
      choose(options[active]);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  }

  return (
    <form method="get" action={action} className="flex flex-col gap-4">
      <div className="relative flex flex-col gap-2">
        <Label htmlFor={`${id}-input`}>{label}</Label>
        <input
          id={`${id}-input`}
          className="ds-input"
          role="combobox"
          aria-expanded={open}
          aria-controls={`${id}-list`}
          aria-autocomplete="list"
          aria-activedescendant={open && options[active] ? `${id}-opt-${active}` : undefined}
          autoComplete="off"
          placeholder={placeholder}
          value={text}
          maxLength={200}
          onChange={(event) => {
            setText(event.target.value);
            setChosen(null);
            setOpen(true);
            setActive(0);
          }}
          onFocus={() => setOpen(true)}
          onClick={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onKeyDown={onKey}
        />
        <ul
          id={`${id}-list`}
          role="listbox"
          aria-label={label}
          hidden={!open}
          className="absolute left-0 right-0 top-full z-10 mt-1 max-h-72 overflow-y-auto rounded-md border border-[var(--ds-color-neutral-border-default)] bg-[var(--ds-color-neutral-background-default)] shadow-md"
        >
          {options.length === 0 ? (
            <li role="option" aria-selected={false} aria-disabled className="px-3 py-2 text-[var(--ds-color-neutral-text-subtle)]">
              {noMatch}
            </li>
          ) : (
            options.map((s, i) => (
              <li
                key={s.systemId}
                id={`${id}-opt-${i}`}
                role="option"
                aria-selected={chosen?.systemId === s.systemId}
                aria-label={s.name}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(s)}
                className={`cursor-pointer px-3 py-2 ${i === active ? 'bg-[var(--ds-color-accent-surface-hover)]' : ''}`}
              >
                <span className="block font-medium">{s.name}</span>
                <span className="block text-sm text-[var(--ds-color-neutral-text-subtle)]">{s.description}</span>
              </li>
            ))
          )}
        </ul>
      </div>
      <input type="hidden" name="system" value={chosen?.systemId ?? ''} />
      <div>
        <Button
          type="submit"
          aria-disabled={!chosen || undefined}
          onClick={(event) => {
            if (!chosen) event.preventDefault();
          }}
        >
          {next}
        </Button>
      </div>
    </form>
  );
}
