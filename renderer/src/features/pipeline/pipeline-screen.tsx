/**
 * The pipeline: a board (#/pipeline) or a table (#/pipeline/table) of gigs with the same filters, the
 * "New gig" form (also from `?new=1&clientId=3`) and the stage editor.
 */
import { Columns3, Plus, Settings2, Table2 } from 'lucide-react';
import { useEffect, useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { call } from '../../api/client';
import { useDocumentTitle } from '../../app/use-document-title';
import { useNewItemParam } from '../../app/use-new-item-param';
import { useToast } from '../../components/toast';
import { useDebouncedValue } from '../../components/use-debounced-value';
import { useTags } from '../clients/use-clients';
import { GigFormDialog, type GigFormMode } from '../gigs/gig-form-dialog';
import { ExportCsvButton } from '../transfer/export-csv-button';
import { PipelineBoardView } from './pipeline-board-view';
import { setFilters, setTableParams, usePipelineFilters, useTableParams } from './pipeline-filters';
import { PipelineTableView } from './pipeline-table-view';
import { PipelineToolbar } from './pipeline-toolbar';
import { StagesDialog } from './stages-dialog';
import { useStages } from './use-pipeline';

const SEARCH_DELAY_MS = 200;

/** The clock the cards read "12 days in stage" from, refreshed every minute. */
function useMinuteClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

export function PipelineScreen({ view }: { view: 'board' | 'table' }) {
  const filters = usePipelineFilters();
  const table = useTableParams();
  const search = useDebouncedValue(filters.search, SEARCH_DELAY_MS);
  const effective = { ...filters, search };
  const stages = useStages();
  const tags = useTags();
  const toast = useToast();
  const now = useMinuteClock();
  const [, navigate] = useLocation();
  const query = useSearch();
  const [form, setForm] = useState<GigFormMode | null>(null);
  const [editingStages, setEditingStages] = useState(false);
  useDocumentTitle(view === 'board' ? 'Pipeline' : 'Gigs table', view === 'table' ? 'Pipeline' : null);

  useNewItemParam((params) => {
    const clientId = Number(params.get('clientId'));
    if (!Number.isSafeInteger(clientId) || clientId <= 0) return setForm({ kind: 'create' });
    call('clients.get', { id: clientId }).then(
      (client) => setForm({ kind: 'create', client: { id: client.id, name: client.name } }),
      () => setForm({ kind: 'create' }),
    );
  });

  // "N more — show in table" links here with ?stage=ID: apply it as the table's stage filter once.
  useEffect(() => {
    const stage = Number(new URLSearchParams(query).get('stage'));
    if (view !== 'table' || !Number.isSafeInteger(stage) || stage <= 0) return;
    setTableParams({ stageId: stage });
    navigate('/pipeline/table', { replace: true });
  }, [query, view, navigate]);

  return (
    <div className="pipeline-screen">
      <header className="pipeline-header">
        <h1>Pipeline</h1>
        <nav className="view-toggle" aria-label="Pipeline view">
          <Link href="/pipeline" className="view-toggle-link" aria-current={view === 'board' ? 'page' : undefined}>
            <Columns3 size={14} aria-hidden="true" />
            Board
          </Link>
          <Link
            href="/pipeline/table"
            className="view-toggle-link"
            aria-current={view === 'table' ? 'page' : undefined}
          >
            <Table2 size={14} aria-hidden="true" />
            Table
          </Link>
        </nav>
        <div className="pipeline-header-actions">
          {view === 'table' ? (
            <ExportCsvButton
              input={{
                list: 'gigs',
                filters: {
                  archived: 'active',
                  ...(filters.client ? { clientId: filters.client.id } : {}),
                  ...(filters.source ? { source: filters.source } : {}),
                  ...(filters.tag ? { tag: filters.tag } : {}),
                  ...(table.stageId !== null ? { stageId: table.stageId } : {}),
                },
              }}
              unapplied={search.trim() ? 'the search is not applied' : null}
            />
          ) : null}
          <button type="button" className="button button-sm" onClick={() => setEditingStages(true)}>
            <Settings2 size={14} aria-hidden="true" />
            Edit stages
          </button>
          <button type="button" className="button button-primary button-sm" onClick={() => setForm({ kind: 'create' })}>
            <Plus size={14} aria-hidden="true" />
            New gig
          </button>
        </div>
      </header>
      <PipelineToolbar
        filters={filters}
        onFilters={setFilters}
        tags={tags.data ?? []}
        {...(view === 'table'
          ? {
              stageFilter: {
                stages: stages.data ?? [],
                value: table.stageId,
                onChange: (stageId: number | null) => setTableParams({ stageId }),
              },
            }
          : {})}
      />
      {view === 'board' ? (
        <PipelineBoardView filters={effective} now={now} onNew={() => setForm({ kind: 'create' })} />
      ) : (
        <PipelineTableView
          filters={effective}
          table={table}
          stages={stages.data ?? []}
          now={now}
          onNew={() => setForm({ kind: 'create' })}
        />
      )}
      {form ? (
        <GigFormDialog
          mode={form}
          onClose={() => setForm(null)}
          onSaved={(gig, created) => {
            setForm(null);
            toast.success(created ? `Added ${gig.title}` : `Saved ${gig.title}`);
          }}
        />
      ) : null}
      {editingStages ? <StagesDialog onClose={() => setEditingStages(false)} /> : null}
    </div>
  );
}
