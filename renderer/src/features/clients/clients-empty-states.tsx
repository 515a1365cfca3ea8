import { Plus, SearchX, Users } from 'lucide-react';
import { useClientList } from './use-clients';

/** First run: nothing to list yet, so the whole screen invites the first client. */
export function FirstClientState({ onNew, onShowArchived }: { onNew: () => void; onShowArchived: () => void }) {
  const archived = useClientList({ search: '', sort: 'name', archived: 'archived', tag: '' });
  const archivedCount = archived.data?.pages[0]?.total ?? 0;
  return (
    <div className="page">
      <header className="page-header">
        <h1>Clients</h1>
      </header>
      <div className="state-panel first-client">
        <span className="empty-icon" aria-hidden="true">
          <Users size={20} />
        </span>
        <h2>Add your first client</h2>
        <p>
          Clients are the companies and people you work for. Keep their contacts, links and notes in one place; your
          gigs, interviews and deadlines will hang off them.
        </p>
        <div className="state-panel-actions">
          <button type="button" className="button button-primary" onClick={onNew}>
            <Plus size={14} aria-hidden="true" />
            New client
          </button>
          {archivedCount > 0 ? (
            <button type="button" className="button" onClick={onShowArchived}>
              Show {archivedCount} archived
            </button>
          ) : null}
        </div>
        <p className="shortcut-hint">
          Tip: press <kbd className="kbd">N</kbd> to add a client from anywhere on this screen.
        </p>
      </div>
    </div>
  );
}

export function NoMatchesState({ search, onClear }: { search: string; onClear: () => void }) {
  return (
    <div className="state-panel list-empty">
      <span className="empty-icon" aria-hidden="true">
        <SearchX size={18} />
      </span>
      <h2>No matching clients</h2>
      <p>
        {search.trim() ? `Nothing matches “${search.trim()}” with these filters.` : 'No client fits these filters.'}
      </p>
      <button type="button" className="button button-sm" onClick={onClear}>
        Clear search and filters
      </button>
    </div>
  );
}

const shortcuts: { keys: string[][]; label: string }[] = [
  {
    keys: [
      ['↑', '↓'],
      ['J', 'K'],
    ],
    label: 'Move through the list',
  },
  { keys: [['Enter']], label: 'Open the client' },
  { keys: [['/']], label: 'Search' },
  { keys: [['N']], label: 'New client' },
];

export function NothingOpenState() {
  return (
    <div className="state-panel nothing-open">
      <p>Choose a client to see their details and contacts.</p>
      <ul className="shortcut-list" aria-label="Keyboard shortcuts">
        {shortcuts.map((shortcut) => (
          <li key={shortcut.label}>
            <span className="shortcut-keys">
              {shortcut.keys.map((group, index) => (
                <span key={group.join()} className="shortcut-keys">
                  {index > 0 ? <span className="or">or</span> : null}
                  {group.map((key) => (
                    <kbd key={key} className="kbd">
                      {key}
                    </kbd>
                  ))}
                </span>
              ))}
            </span>
            <span className="shortcut-label">{shortcut.label}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
