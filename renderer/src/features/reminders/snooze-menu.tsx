/**
 * "Snooze ▾": 10 minutes, 1 hour, tomorrow at the all-day time, or a date and time of your choosing.
 * A menu button (ARIA menu pattern): arrows move, Esc closes and returns focus to the button.
 */
import { AlarmClock, ChevronDown } from 'lucide-react';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { CustomSnoozeDialog } from './custom-snooze-dialog';

export type SnoozeChoice = { preset: '10m' | '1h' | 'tomorrow' } | { until: number };

interface SnoozeMenuProps {
  /** The all-day reminder time ("09:00"), which "tomorrow" snoozes to. */
  tomorrowAt: string;
  disabled?: boolean;
  onSnooze: (choice: SnoozeChoice) => void;
  /** Names the reminder for screen readers: "Snooze Due now: Proposal". */
  label: string;
}

export function SnoozeMenu({ tomorrowAt, disabled, onSnooze, label }: SnoozeMenuProps) {
  const [open, setOpen] = useState(false);
  const [custom, setCustom] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    window.addEventListener('pointerdown', onPointerDown, true);
    return () => window.removeEventListener('pointerdown', onPointerDown, true);
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };
  const choose = (choice: SnoozeChoice) => {
    close(true);
    onSnooze(choice);
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const items = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    const focusAt = (i: number) => items[(i + items.length) % items.length]?.focus();
    if (event.key === 'ArrowDown') focusAt(index + 1);
    else if (event.key === 'ArrowUp') focusAt(index - 1);
    else if (event.key === 'Home') focusAt(0);
    else if (event.key === 'End') focusAt(items.length - 1);
    else if (event.key === 'Escape') close(true);
    else if (event.key === 'Tab') return close(false);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  const items: { label: string; choice?: SnoozeChoice }[] = [
    { label: 'For 10 minutes', choice: { preset: '10m' } },
    { label: 'For 1 hour', choice: { preset: '1h' } },
    { label: `Tomorrow at ${tomorrowAt}`, choice: { preset: 'tomorrow' } },
    { label: 'Pick a date and time…' },
  ];

  return (
    <div className="menu-anchor">
      <button
        ref={buttonRef}
        type="button"
        className="button button-sm"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={`Snooze ${label}`}
        disabled={disabled}
        onClick={() => setOpen((current) => !current)}
      >
        <AlarmClock size={13} aria-hidden="true" />
        Snooze
        <ChevronDown size={12} aria-hidden="true" />
      </button>
      {open ? (
        <ul ref={menuRef} id={menuId} role="menu" aria-label="Snooze for" className="menu" onKeyDown={onMenuKeyDown}>
          {items.map((item) => (
            <li key={item.label} role="none">
              <button
                type="button"
                role="menuitem"
                className="menu-item"
                tabIndex={-1}
                onClick={() => {
                  if (item.choice) choose(item.choice);
                  else {
                    close(false);
                    setCustom(true);
                  }
                }}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {custom ? (
        <CustomSnoozeDialog
          onClose={() => {
            setCustom(false);
            requestAnimationFrame(() => buttonRef.current?.focus());
          }}
          onSnooze={(until) => onSnooze({ until })}
        />
      ) : null}
    </div>
  );
}
