/**
 * The pipeline's filters, shared by the board and the table (switching views keeps them), plus the
 * table's own stage filter and sort. Kept for the session like the client list's parameters.
 */
import { useSyncExternalStore } from 'react';
import type { gigSorts, gigSources } from '../../../../electron/contract';

export type GigSource = (typeof gigSources)[number];
export type GigSort = (typeof gigSorts)[number];

export interface PipelineFilters {
  search: string;
  client: { id: number; name: string } | null;
  source: GigSource | '';
  tag: string;
}

export interface TableParams {
  stageId: number | null;
  sort: GigSort;
  direction: 'asc' | 'desc';
}

interface State {
  filters: PipelineFilters;
  table: TableParams;
}

export const emptyFilters: PipelineFilters = { search: '', client: null, source: '', tag: '' };
let state: State = { filters: emptyFilters, table: { stageId: null, sort: 'updated', direction: 'desc' } };
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function emit() {
  for (const listener of [...listeners]) listener();
}

export function setFilters(patch: Partial<PipelineFilters>) {
  state = { ...state, filters: { ...state.filters, ...patch } };
  emit();
}

export function setTableParams(patch: Partial<TableParams>) {
  state = { ...state, table: { ...state.table, ...patch } };
  emit();
}

export function usePipelineFilters(): PipelineFilters {
  return useSyncExternalStore(subscribe, () => state.filters);
}

export function useTableParams(): TableParams {
  return useSyncExternalStore(subscribe, () => state.table);
}

export function hasFilters(filters: PipelineFilters): boolean {
  return Boolean(filters.search.trim() || filters.client || filters.source || filters.tag);
}

/** The filter part of a gigs.board / gigs.list input (blank filters are left out). */
export function filterInput(filters: PipelineFilters) {
  const search = filters.search.trim();
  return {
    ...(search ? { search } : {}),
    ...(filters.client ? { clientId: filters.client.id } : {}),
    ...(filters.source ? { source: filters.source } : {}),
    ...(filters.tag ? { tag: filters.tag } : {}),
  };
}
