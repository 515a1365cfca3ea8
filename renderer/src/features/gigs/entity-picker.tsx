/**
 * Pick one record (a client, a contact) by typing part of its name: the ARIA 1.2 combobox pattern of
 * components/combobox.tsx, with options fetched from the core as you type (debounced) instead of a fixed
 * list, so it works the same with 8 clients or 10,000. Typing after a pick clears the pick.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { LoaderCircle, X } from 'lucide-react';
import { useId, useState, type KeyboardEvent } from 'react';
import { ComboboxListbox, comboboxInputProps, stepActive, type ComboboxA11y } from '../../components/combobox-parts';
import { useDebouncedValue } from '../../components/use-debounced-value';

export interface PickedEntity {
  id: number;
  name: string;
  /** What kind of record, when a picker offers several (e.g. 'contact' or 'client'). */
  kind?: string;
}

export interface EntityOption extends PickedEntity {
  hint?: string;
}

interface EntityPickerProps extends ComboboxA11y {
  id: string;
  value: PickedEntity | null;
  onChange: (value: PickedEntity | null) => void;
  /** Query key prefix under an entity name ('clients', …), so data changes refresh the options. */
  queryKey: readonly unknown[];
  fetchOptions: (text: string) => Promise<EntityOption[]>;
  placeholder?: string;
  onBlur?: () => void;
}

const optionKey = (option: EntityOption) => `${option.kind ?? ''}:${option.id}`;

export function EntityPicker(props: EntityPickerProps) {
  const { id, value, onChange, queryKey, fetchOptions, placeholder, onBlur } = props;
  const listId = useId();
  const [text, setText] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const shown = text ?? value?.name ?? '';
  const search = useDebouncedValue(text ?? '', 150);
  const options = useQuery({
    queryKey: [...queryKey, search.trim()],
    queryFn: () => fetchOptions(search.trim()),
    enabled: open,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
  const visible = options.data ?? [];
  const showList = open && visible.length > 0;

  const close = () => {
    setOpen(false);
    setActive(-1);
  };

  const pick = (option: EntityOption) => {
    onChange({ id: option.id, name: option.name, ...(option.kind ? { kind: option.kind } : {}) });
    setText(null);
    close();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => stepActive(current, step, visible.length));
    } else if (event.key === 'Enter' && showList) {
      const option = visible[active] ?? (visible.length === 1 ? visible[0] : undefined);
      if (option) {
        event.preventDefault();
        pick(option);
      }
    } else if (event.key === 'Escape' && showList) {
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  };

  return (
    <div className="combobox entity-picker">
      <input
        id={id}
        className="input"
        {...comboboxInputProps(listId, showList, active, props)}
        placeholder={placeholder}
        value={shown}
        onChange={(event) => {
          setText(event.target.value);
          if (value) onChange(null);
          setOpen(true);
          setActive(-1);
        }}
        onClick={() => setOpen(true)}
        onKeyDown={onKeyDown}
        onBlur={() => {
          close();
          if (text !== null && text.trim() === '') setText(null);
          onBlur?.();
        }}
      />
      {options.isFetching && open ? (
        <LoaderCircle size={14} className="spinner entity-picker-spinner" aria-hidden="true" />
      ) : value ? (
        <button
          type="button"
          className="icon-button entity-picker-clear"
          aria-label={`Clear ${value.name}`}
          onClick={() => {
            onChange(null);
            setText(null);
            document.getElementById(id)?.focus();
          }}
        >
          <X size={14} aria-hidden="true" />
        </button>
      ) : null}
      <ComboboxListbox
        id={listId}
        items={visible.map((option) => ({ key: optionKey(option), label: option.name, hint: option.hint }))}
        active={active}
        hidden={!showList}
        onActivate={setActive}
        onPick={(index) => pick(visible[index])}
      />
    </div>
  );
}
