/** Interview prep templates: one checklist per interview kind (prepTemplates.list / prepTemplates.update). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { interviewKinds } from '../../../../electron/contract';
import { call } from '../../api/client';
import { invalidateEntities } from '../../api/query-client';
import { ErrorState, LoadingState } from '../../components/state-panels';
import { PrepTemplateEditor, toDraft, type DraftItem, type InterviewKind } from './prep-template-editor';
import { SaveStatus } from './save-status';
import type { SaveState } from './use-settings-saver';

const kindLabels: Record<InterviewKind, string> = {
  call: 'Phone call',
  video: 'Video call',
  onsite: 'On-site',
  technical: 'Technical',
  take_home: 'Take-home task',
};

const templatesKey = ['interviews', 'prepTemplates'] as const;

export function PrepTemplatesSection() {
  const queryClient = useQueryClient();
  const templates = useQuery({ queryKey: templatesKey, queryFn: () => call('prepTemplates.list', {}) });
  const [kind, setKind] = useState<InterviewKind>('video');
  const [drafts, setDrafts] = useState<Partial<Record<InterviewKind, DraftItem[]>>>({});
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const update = useMutation({
    mutationFn: (input: { kind: InterviewKind; items: string[] }) => call('prepTemplates.update', input),
    onSuccess: (saved) => {
      queryClient.setQueryData<typeof templates.data>(templatesKey, (list) =>
        list?.map((t) => (t.kind === saved.kind ? saved : t)),
      );
      return invalidateEntities(queryClient, ['interviews']);
    },
  });

  const savedItems = templates.data?.find((t) => t.kind === kind)?.items;
  const saved = useMemo(() => savedItems ?? [], [savedItems]);
  const untouched = useMemo(() => toDraft(saved), [saved]);
  const draft = drafts[kind] ?? untouched;
  const dirtyKinds = new Set(
    interviewKinds.filter((k) => {
      const d = drafts[k];
      const s = templates.data?.find((t) => t.kind === k)?.items ?? [];
      return d !== undefined && (d.length !== s.length || d.some((item, i) => item.text !== s[i]));
    }),
  );

  return (
    <section className="settings-section" aria-labelledby="settings-prep">
      <header className="settings-section-header">
        <h2 id="settings-prep">Interview prep checklists</h2>
        <SaveStatus state={state} />
      </header>
      <p className="muted">
        Each new interview gets the checklist for its kind. Editing a template changes future interviews, not the ones
        already scheduled.
      </p>
      {templates.isPending ? (
        <LoadingState label="Loading checklists…" />
      ) : templates.isError ? (
        <ErrorState
          title="Could not load the checklists"
          error={templates.error}
          onRetry={() => void templates.refetch()}
        />
      ) : (
        <div className="settings-card">
          <fieldset className="segmented prep-kinds">
            <legend className="field-label">Interview kind</legend>
            {interviewKinds.map((k) => (
              <label key={k} className="segmented-option">
                <input type="radio" name="prep-kind" value={k} checked={k === kind} onChange={() => setKind(k)} />
                {kindLabels[k]}
                {dirtyKinds.has(k) ? (
                  <span className="unsaved-dot" title="Unsaved changes">
                    <span className="visually-hidden">(unsaved changes)</span>
                  </span>
                ) : null}
              </label>
            ))}
          </fieldset>
          <PrepTemplateEditor
            key={kind}
            kind={kind}
            kindLabel={kindLabels[kind]}
            saved={saved}
            draft={draft}
            onDraft={(items) => setDrafts((all) => ({ ...all, [kind]: items }))}
            onSave={async (items) => {
              setState({ kind: 'saving' });
              try {
                await update.mutateAsync({ kind, items });
              } catch (error) {
                setState({ kind: 'idle' });
                throw error;
              }
            }}
            onSaved={() => {
              setDrafts((all) => ({ ...all, [kind]: undefined }));
              setState({ kind: 'saved' });
              window.setTimeout(() => setState((s) => (s.kind === 'saved' ? { kind: 'idle' } : s)), 2500);
            }}
          />
        </div>
      )}
    </section>
  );
}
