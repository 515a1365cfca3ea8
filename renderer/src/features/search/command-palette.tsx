/**
 * The command palette (Mod+K): search everything (FTS5 through `search.query`), jump to a screen, or run
 * an action. cmdk supplies the combobox/listbox semantics and arrow-key handling; a native modal <dialog>
 * supplies the focus trap, Esc and focus return. Filtering is ours: results arrive ranked from the core.
 */
import { Command } from 'cmdk';
import { Bell, CornerDownLeft, LoaderCircle, Search } from 'lucide-react';
import { useLayoutEffect, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import type { SearchResult } from '../../../../electron/contract';
import { errorMessage } from '../../api/api-error';
import { primaryNav, settingsNav } from '../../app/nav-items';
import { useToast } from '../../components/toast';
import { formatWhen } from '../reminders/reminder-format';
import { usePauseReminders, useSendTestReminder, useUpcomingReminders } from '../reminders/use-reminders';
import {
  matchesQuery,
  paletteActions,
  remindersScreen,
  resultGroups,
  routeForResult,
  type PaletteAction,
} from './palette-items';
import { usePaletteSearch } from './use-palette-search';

const screens = [...primaryNav, remindersScreen, settingsNav];

const resultValue = (result: SearchResult) => `result:${result.type}:${result.id}`;

function ResultItem({ result, onOpen }: { result: SearchResult; onOpen: (route: string) => void }) {
  const route = routeForResult(result);
  const group = resultGroups.find((g) => g.type === result.type);
  const Icon = group?.icon ?? Search;
  return (
    <Command.Item
      value={resultValue(result)}
      disabled={route === null}
      onSelect={() => route && onOpen(route)}
      className="palette-item"
    >
      <Icon size={15} aria-hidden="true" className="palette-item-icon" />
      <span className="palette-item-title">{result.title}</span>
      {result.subtitle ? <span className="palette-item-subtitle">{result.subtitle}</span> : null}
      <CornerDownLeft size={13} aria-hidden="true" className="palette-item-enter" />
    </Command.Item>
  );
}

export function CommandPalette({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [, navigate] = useLocation();
  const [text, setText] = useState('');
  const [selected, setSelected] = useState({ value: '', orderKey: '' });
  const search = usePaletteSearch(text);
  const upcoming = useUpcomingReminders(20);
  const pause = usePauseReminders();
  const sendTest = useSendTestReminder();
  const toast = useToast();
  const onCloseRef = useRef(onClose);
  useLayoutEffect(() => {
    onCloseRef.current = onClose;
  });

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const handleClose = () => onCloseRef.current();
    // Esc closes through the store at once: the native 'close' event comes a task later, and a Mod+K
    // pressed in between would otherwise find the palette still "open" and toggle it shut.
    const handleCancel = (event: Event) => {
      event.preventDefault();
      onCloseRef.current();
    };
    dialog.addEventListener('close', handleClose);
    dialog.addEventListener('cancel', handleCancel);
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLInputElement>('[cmdk-input]')?.focus();
    return () => {
      dialog.removeEventListener('close', handleClose);
      dialog.removeEventListener('cancel', handleCancel);
      if (dialog.open) dialog.close();
    };
  }, []);

  const open = (route: string) => {
    onClose();
    navigate(route);
  };

  const paused = upcoming.data?.pausedUntil ?? null;
  const runAction = (action: PaletteAction) => {
    if (action.route) return open(action.route);
    onClose();
    if (action.id === 'test-notification') {
      void sendTest.mutateAsync().then(
        () => toast.success('Test notification sent. It appears in a moment at the top right.'),
        (error: unknown) => toast.error(errorMessage(error)),
      );
    } else if (action.id === 'pause') {
      void pause.mutateAsync({ minutes: paused ? 0 : 60 }).then(
        (result) =>
          toast.success(
            result.pausedUntil ? `Reminders paused until ${formatWhen(result.pausedUntil)}` : 'Reminders are on again',
          ),
        (error: unknown) => toast.error(errorMessage(error)),
      );
    }
  };

  const query = text.trim();
  const actions = paletteActions
    .map((action) =>
      action.id === 'pause' && paused ? { ...action, label: 'Resume reminders now', icon: Bell } : action,
    )
    .filter((action) => matchesQuery(query, action.label, action.keywords));
  const matchingScreens = screens.filter((screen) => matchesQuery(query, screen.label, 'go to open screen'));
  const grouped = resultGroups
    .map((group) => ({ ...group, results: search.results.filter((result) => result.type === group.type) }))
    .filter((group) => group.results.length > 0);
  const nothing = query && !search.searching && !grouped.length && !actions.length && !matchingScreens.length;

  // The highlight starts on the first item whenever the list changes (results arrive after typing stops),
  // and follows the arrows and the pointer in between.
  const order = [
    ...grouped.flatMap((group) => group.results.map(resultValue)),
    ...actions.map((action) => `action:${action.id}`),
    ...matchingScreens.map((screen) => `screen:${screen.path}`),
  ];
  const orderKey = order.join('|');
  const highlighted =
    selected.orderKey === orderKey && order.includes(selected.value) ? selected.value : (order[0] ?? '');

  return (
    <dialog ref={ref} className="palette" aria-label="Command palette">
      <Command
        label="Command palette"
        shouldFilter={false}
        loop
        vimBindings={false}
        value={highlighted}
        onValueChange={(value) => setSelected({ value, orderKey })}
        className="palette-command"
      >
        <div className="palette-input-row">
          {search.searching ? (
            <LoaderCircle size={16} className="spinner palette-input-icon" aria-hidden="true" />
          ) : (
            <Search size={16} className="palette-input-icon" aria-hidden="true" />
          )}
          <Command.Input
            value={text}
            onValueChange={setText}
            className="palette-input"
            placeholder="Search clients, gigs, interviews… or type a command"
            maxLength={200}
          />
        </div>
        <Command.List className="palette-list" label="Results">
          {nothing ? (
            <p className="palette-empty" role="status">
              Nothing matches “{query}”. Try the first letters of a name, or fewer words.
            </p>
          ) : null}
          {search.error ? (
            <p className="palette-empty palette-error" role="alert">
              Search failed: {errorMessage(search.error)}
            </p>
          ) : null}
          {grouped.map((group) => (
            <Command.Group key={group.type} heading={group.heading} className="palette-group">
              {group.results.map((result) => (
                <ResultItem key={`${result.type}:${result.id}`} result={result} onOpen={open} />
              ))}
            </Command.Group>
          ))}
          {actions.length ? (
            <Command.Group heading="Actions" className="palette-group">
              {actions.map(({ icon: Icon, ...action }) => (
                <Command.Item
                  key={action.id}
                  value={`action:${action.id}`}
                  onSelect={() => runAction({ icon: Icon, ...action })}
                  className="palette-item"
                >
                  <Icon size={15} aria-hidden="true" className="palette-item-icon" />
                  <span className="palette-item-title">{action.label}</span>
                  <CornerDownLeft size={13} aria-hidden="true" className="palette-item-enter" />
                </Command.Item>
              ))}
            </Command.Group>
          ) : null}
          {matchingScreens.length ? (
            <Command.Group heading="Go to" className="palette-group">
              {matchingScreens.map((screen) => {
                const Icon = screen.icon;
                return (
                  <Command.Item
                    key={screen.path}
                    value={`screen:${screen.path}`}
                    onSelect={() => open(screen.path)}
                    className="palette-item"
                  >
                    <Icon size={15} aria-hidden="true" className="palette-item-icon" />
                    <span className="palette-item-title">{screen.label}</span>
                    <CornerDownLeft size={13} aria-hidden="true" className="palette-item-enter" />
                  </Command.Item>
                );
              })}
            </Command.Group>
          ) : null}
        </Command.List>
        <footer className="palette-footer" aria-hidden="true">
          <span>
            <kbd className="kbd">↑</kbd> <kbd className="kbd">↓</kbd> move
          </span>
          <span>
            <kbd className="kbd">Enter</kbd> open
          </span>
          <span>
            <kbd className="kbd">Esc</kbd> close
          </span>
        </footer>
      </Command>
    </dialog>
  );
}
