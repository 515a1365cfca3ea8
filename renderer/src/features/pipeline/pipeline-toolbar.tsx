/** Filters above the board and the table: search, client, source, tag, and (in the table) stage. */
import { Search, X } from 'lucide-react';
import type { Stage, Tag } from '../../../../electron/contract';
import { EntityPicker } from '../gigs/entity-picker';
import { labelEntries, sourceLabels } from '../gigs/gig-labels';
import { clientPickerKey, fetchClientOptions } from '../gigs/picker-sources';
import { hasFilters, type GigSource, type PipelineFilters } from './pipeline-filters';

interface PipelineToolbarProps {
  filters: PipelineFilters;
  onFilters: (patch: Partial<PipelineFilters>) => void;
  tags: readonly Tag[];
  /** Shown in the table only: the board already has a column per stage. */
  stageFilter?: { stages: readonly Stage[]; value: number | null; onChange: (stageId: number | null) => void };
}

export function PipelineToolbar({ filters, onFilters, tags, stageFilter }: PipelineToolbarProps) {
  const filtered = hasFilters(filters) || Boolean(stageFilter && stageFilter.value !== null);
  return (
    <div className="pipeline-toolbar" role="search" aria-label="Filter gigs">
      <div className="search-box pipeline-search">
        <Search size={15} className="search-icon" aria-hidden="true" />
        <label htmlFor="gig-search" className="visually-hidden">
          Search gigs
        </label>
        <input
          id="gig-search"
          className="input search-input"
          type="search"
          placeholder="Search gigs or clients"
          autoComplete="off"
          spellCheck={false}
          value={filters.search}
          onChange={(event) => onFilters({ search: event.target.value })}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && filters.search) {
              event.preventDefault();
              onFilters({ search: '' });
            }
          }}
        />
        {filters.search ? (
          <button
            type="button"
            className="icon-button search-clear"
            aria-label="Clear search"
            onClick={() => onFilters({ search: '' })}
          >
            <X size={14} aria-hidden="true" />
          </button>
        ) : null}
      </div>
      <div className="pipeline-client-filter">
        <EntityPicker
          id="gig-filter-client"
          aria-label="Client"
          value={filters.client}
          queryKey={clientPickerKey}
          fetchOptions={fetchClientOptions}
          placeholder="Any client"
          onChange={(client) => onFilters({ client })}
        />
      </div>
      {stageFilter ? (
        <>
          <label htmlFor="gig-filter-stage" className="visually-hidden">
            Stage
          </label>
          <select
            id="gig-filter-stage"
            className="select select-sm"
            value={stageFilter.value ?? ''}
            onChange={(event) => stageFilter.onChange(event.target.value ? Number(event.target.value) : null)}
          >
            <option value="">Any stage</option>
            {stageFilter.stages.map((stage) => (
              <option key={stage.id} value={stage.id}>
                {stage.name}
              </option>
            ))}
          </select>
        </>
      ) : null}
      <label htmlFor="gig-filter-source" className="visually-hidden">
        Source
      </label>
      <select
        id="gig-filter-source"
        className="select select-sm"
        value={filters.source}
        onChange={(event) => onFilters({ source: event.target.value as GigSource | '' })}
      >
        <option value="">Any source</option>
        {labelEntries(sourceLabels).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <label htmlFor="gig-filter-tag" className="visually-hidden">
        Tag
      </label>
      <select
        id="gig-filter-tag"
        className="select select-sm"
        value={filters.tag}
        onChange={(event) => onFilters({ tag: event.target.value })}
      >
        <option value="">Any tag</option>
        {filters.tag && !tags.some((tag) => tag.name === filters.tag) ? (
          <option value={filters.tag}>{filters.tag}</option>
        ) : null}
        {tags.map((tag) => (
          <option key={tag.id} value={tag.name}>
            {tag.name}
          </option>
        ))}
      </select>
      {filtered ? (
        <button
          type="button"
          className="button button-ghost button-sm"
          onClick={() => {
            onFilters({ search: '', client: null, source: '', tag: '' });
            stageFilter?.onChange(null);
          }}
        >
          <X size={13} aria-hidden="true" />
          Clear filters
        </button>
      ) : null}
    </div>
  );
}
