/** Search (debounced by the screen), status, tag and sort controls above the client list. */
import { Search, X } from 'lucide-react';
import type { KeyboardEvent, Ref } from 'react';
import type { Tag } from '../../../../electron/contract';
import type { ArchivedFilter, ClientListParams, ClientSort } from './use-clients';

interface ClientListToolbarProps {
  searchText: string;
  onSearchText: (text: string) => void;
  params: ClientListParams;
  onParams: (patch: Partial<ClientListParams>) => void;
  tags: readonly Tag[];
  searchRef: Ref<HTMLInputElement>;
  onSearchArrowDown: () => void;
}

export function ClientListToolbar(props: ClientListToolbarProps) {
  const { searchText, onSearchText, params, onParams, tags, searchRef, onSearchArrowDown } = props;
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      onSearchArrowDown();
    } else if (event.key === 'Escape' && searchText) {
      event.preventDefault();
      onSearchText('');
    }
  };
  return (
    <div className="list-toolbar">
      <div className="search-box">
        <Search size={15} className="search-icon" aria-hidden="true" />
        <label htmlFor="client-search" className="visually-hidden">
          Search clients
        </label>
        <input
          id="client-search"
          ref={searchRef}
          className="input search-input"
          type="search"
          placeholder="Search clients"
          autoComplete="off"
          spellCheck={false}
          value={searchText}
          onChange={(event) => onSearchText(event.target.value)}
          onKeyDown={onKeyDown}
        />
        {searchText ? (
          <button
            type="button"
            className="icon-button search-clear"
            aria-label="Clear search"
            onClick={() => onSearchText('')}
          >
            <X size={14} aria-hidden="true" />
          </button>
        ) : (
          <kbd className="kbd search-kbd" aria-hidden="true">
            /
          </kbd>
        )}
      </div>
      <div className="filter-row">
        <label htmlFor="client-status" className="visually-hidden">
          Show
        </label>
        <select
          id="client-status"
          className="select select-sm"
          value={params.archived}
          onChange={(event) => onParams({ archived: event.target.value as ArchivedFilter })}
        >
          <option value="active">Active</option>
          <option value="archived">Archived</option>
          <option value="all">All clients</option>
        </select>
        <label htmlFor="client-tag" className="visually-hidden">
          Tag
        </label>
        <select
          id="client-tag"
          className="select select-sm"
          value={params.tag}
          onChange={(event) => onParams({ tag: event.target.value })}
        >
          <option value="">Any tag</option>
          {params.tag && !tags.some((tag) => tag.name === params.tag) ? (
            <option value={params.tag}>{params.tag}</option>
          ) : null}
          {tags.map((tag) => (
            <option key={tag.id} value={tag.name}>
              {tag.name}
            </option>
          ))}
        </select>
        <label htmlFor="client-sort" className="visually-hidden">
          Sort by
        </label>
        <select
          id="client-sort"
          className="select select-sm"
          value={params.sort}
          onChange={(event) => onParams({ sort: event.target.value as ClientSort })}
        >
          <option value="name">Name A–Z</option>
          <option value="updated">Recently updated</option>
          <option value="created">Newest first</option>
        </select>
      </div>
    </div>
  );
}
