/**
 * A text input with a filtered suggestion list (ARIA 1.2 combobox pattern): type to filter, arrows to move,
 * Enter to pick, Esc closes the list without closing the surrounding dialog. Free text stays allowed.
 */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { ComboboxListbox, comboboxInputProps, stepActive, type ComboboxA11y } from './combobox-parts';

export interface ComboOption {
  value: string;
  /** Extra text shown to the right, e.g. a UTC offset. */
  hint?: string;
  /** Extra words the filter matches, e.g. "new york" for America/New_York. */
  keywords?: string;
}

interface ComboboxProps extends ComboboxA11y {
  id: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly ComboOption[];
  /** Called when an option is picked; defaults to onChange(option). */
  onPick?: (value: string) => void;
  onBlur?: () => void;
  /** Runs for keys the combobox does not handle itself (Enter with no highlighted option, comma, …). */
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
  placeholder?: string;
  maxOptions?: number;
  className?: string;
}

/** 0 = a word starts with the query, 1 = contains every typed word, -1 = no match. */
function rank(option: ComboOption, query: string): number {
  const haystack = `${option.value} ${option.keywords ?? ''}`.toLowerCase();
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.every((word) => haystack.includes(word))) return -1;
  const first = words[0] ?? '';
  return haystack.split(/[\s/_-]+/).some((part) => part.startsWith(first)) ? 0 : 1;
}

function filterOptions(options: readonly ComboOption[], query: string): ComboOption[] {
  const ranked = options.map((option) => ({ option, rank: rank(option, query) })).filter((entry) => entry.rank >= 0);
  return [...ranked.filter((e) => e.rank === 0), ...ranked.filter((e) => e.rank === 1)].map((e) => e.option);
}

export function Combobox(props: ComboboxProps) {
  const { id, value, onChange, options, onPick, onBlur, onKeyDown, placeholder, maxOptions = 8, className } = props;
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  const visible = useMemo(() => {
    const query = value.trim();
    const list = query ? filterOptions(options, query) : options;
    return list.slice(0, maxOptions);
  }, [options, value, maxOptions]);
  const showList = open && visible.length > 0;

  const pick = (option: ComboOption) => {
    if (onPick) onPick(option.value);
    else onChange(option.value);
    setOpen(false);
    setActive(-1);
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => stepActive(current, step, visible.length));
      return;
    }
    if (event.key === 'Enter' && showList && active >= 0 && visible[active]) {
      event.preventDefault();
      pick(visible[active]);
      return;
    }
    if (event.key === 'Escape' && showList) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      setActive(-1);
      return;
    }
    onKeyDown?.(event);
  };

  return (
    <div className={className ? `combobox ${className}` : 'combobox'}>
      <input
        id={id}
        className="input"
        {...comboboxInputProps(listId, showList, active, props)}
        value={value}
        placeholder={placeholder}
        onChange={(event) => {
          onChange(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onClick={() => setOpen((current) => !current)}
        onKeyDown={handleKeyDown}
        onBlur={() => {
          setOpen(false);
          setActive(-1);
          onBlur?.();
        }}
      />
      <ComboboxListbox
        id={listId}
        items={visible.map((option) => ({ key: option.value, label: option.value, hint: option.hint }))}
        active={active}
        hidden={!showList}
        onActivate={setActive}
        onPick={(index) => pick(visible[index])}
      />
    </div>
  );
}
