/**
 * The pieces of the ARIA 1.2 combobox pattern that Combobox (a fixed option list) and EntityPicker (options
 * fetched as you type) share: the input's role and aria wiring, arrow-key movement and the listbox itself.
 */
export interface ComboboxA11y {
  'aria-invalid'?: boolean;
  'aria-describedby'?: string | undefined;
  'aria-label'?: string;
}

/** The input's combobox attributes; the active option is `${listId}-${index}` (see ComboboxListbox). */
export function comboboxInputProps(listId: string, showList: boolean, active: number, a11y: ComboboxA11y) {
  return {
    role: 'combobox',
    'aria-expanded': showList,
    'aria-controls': listId,
    'aria-autocomplete': 'list',
    'aria-activedescendant': showList && active >= 0 ? `${listId}-${active}` : undefined,
    'aria-invalid': a11y['aria-invalid'],
    'aria-describedby': a11y['aria-describedby'],
    'aria-label': a11y['aria-label'],
    autoComplete: 'off',
    spellCheck: false,
  } as const;
}

/** The option ArrowDown (step 1) or ArrowUp (step -1) moves to, wrapping around; -1 when there are none. */
export function stepActive(current: number, step: 1 | -1, count: number): number {
  return count ? (current + step + count) % count : -1;
}

interface ListboxItem {
  key: string;
  label: string;
  hint?: string | undefined;
}

interface ComboboxListboxProps {
  id: string;
  items: readonly ListboxItem[];
  active: number;
  hidden: boolean;
  onActivate: (index: number) => void;
  onPick: (index: number) => void;
}

export function ComboboxListbox({ id, items, active, hidden, onActivate, onPick }: ComboboxListboxProps) {
  return (
    <ul id={id} role="listbox" className="combobox-list" hidden={hidden}>
      {items.map((item, index) => (
        <li
          key={item.key}
          id={`${id}-${index}`}
          role="option"
          aria-selected={index === active}
          className="combobox-option"
          onMouseDown={(event) => event.preventDefault()}
          onMouseEnter={() => onActivate(index)}
          onClick={() => onPick(index)}
        >
          <span className="combobox-option-value">{item.label}</span>
          {item.hint ? <span className="combobox-option-hint">{item.hint}</span> : null}
        </li>
      ))}
    </ul>
  );
}
