/**
 * Clarifying questions for a gig: a checklist worked through before or during interviews. Tick a question
 * once it is settled, write the answer inline, add and delete. An empty list offers the usual starters.
 */
import { CircleAlert, ListPlus, Pencil, Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { gigProcedures, type GigDetail, type GigQuestion } from '../../../../electron/contract';
import { errorMessage } from '../../api/api-error';
import { useToast } from '../../components/toast';
import { useQuestionMutations } from './use-gig';

const STARTERS = [
  'What exactly is in scope, and what is out?',
  'What is the timeline, and is the deadline fixed?',
  'What budget have you set aside for this?',
  'Who decides, and who else is involved?',
  'How will we know the work is a success?',
];

function QuestionItem({
  question,
  mutations,
}: {
  question: GigQuestion;
  mutations: ReturnType<typeof useQuestionMutations>;
}) {
  const [answering, setAnswering] = useState(false);
  const [answer, setAnswer] = useState(question.answer);
  const toast = useToast();
  // The box shows its new state at once; it falls back to the saved state when the save fails.
  const [optimistic, setOptimistic] = useState<boolean | null>(null);
  const done = optimistic ?? question.doneAt !== null;
  const run = async (action: () => Promise<unknown>) => {
    try {
      await action();
      return true;
    } catch (error) {
      toast.error(errorMessage(error));
      return false;
    }
  };
  return (
    <li className={done ? 'question is-done' : 'question'}>
      <input
        type="checkbox"
        className="checkbox"
        checked={done}
        aria-label={`Settled: ${question.text}`}
        onChange={() => {
          setOptimistic(!done);
          void run(() => mutations.update.mutateAsync({ id: question.id, done: !done })).then(() =>
            setOptimistic(null),
          );
        }}
      />
      <div className="question-main">
        <p className="question-text">{question.text}</p>
        {answering ? (
          <form
            className="question-answer-form"
            onSubmit={(event) => {
              event.preventDefault();
              void run(() => mutations.update.mutateAsync({ id: question.id, answer })).then((ok) => {
                if (ok) setAnswering(false);
              });
            }}
          >
            <label className="visually-hidden" htmlFor={`answer-${question.id}`}>
              Answer to {question.text}
            </label>
            <textarea
              id={`answer-${question.id}`}
              className="textarea"
              rows={2}
              // The form opens on a click of "Answer": typing straight away is what the person asked for.
              autoFocus
              value={answer}
              onChange={(event) => setAnswer(event.target.value)}
            />
            <div className="inline-form-actions">
              <button
                type="button"
                className="button button-sm"
                onClick={() => {
                  setAnswer(question.answer);
                  setAnswering(false);
                }}
              >
                Cancel
              </button>
              <button type="submit" className="button button-primary button-sm">
                Save answer
              </button>
            </div>
          </form>
        ) : question.answer ? (
          <p className="question-answer">{question.answer}</p>
        ) : null}
      </div>
      <div className="question-actions">
        {answering ? null : (
          <button
            type="button"
            className="button button-ghost button-sm"
            aria-label={`${question.answer ? 'Edit answer to' : 'Answer'} ${question.text}`}
            onClick={() => setAnswering(true)}
          >
            <Pencil size={13} aria-hidden="true" />
            {question.answer ? 'Edit answer' : 'Answer'}
          </button>
        )}
        <button
          type="button"
          className="icon-button icon-button-danger"
          aria-label={`Delete question ${question.text}`}
          onClick={() => void run(() => mutations.remove.mutateAsync(question.id))}
        >
          <Trash2 size={13} aria-hidden="true" />
        </button>
      </div>
    </li>
  );
}

export function QuestionsSection({ gig }: { gig: GigDetail }) {
  const mutations = useQuestionMutations();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const settled = gig.questions.filter((q) => q.doneAt !== null).length;

  const add = async (question: string) => {
    const parsed = questionProblem(question);
    if (parsed) return setError(parsed);
    try {
      await mutations.create.mutateAsync({ gigId: gig.id, text: question });
      setText('');
      setError(null);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };

  return (
    <section className="detail-section" aria-labelledby="gig-questions-title">
      <div className="detail-section-header">
        <h3 id="gig-questions-title">
          Clarifying questions{' '}
          {gig.questions.length ? (
            <span className="count">
              {settled}/{gig.questions.length}
            </span>
          ) : null}
        </h3>
      </div>
      {gig.questions.length ? (
        <ul className="question-list" aria-label="Clarifying questions">
          {gig.questions.map((question) => (
            <QuestionItem key={question.id} question={question} mutations={mutations} />
          ))}
        </ul>
      ) : (
        <div className="detail-empty questions-empty">
          <p>Questions to settle before you commit: scope, timeline, budget, who decides.</p>
          <button
            type="button"
            className="button button-sm"
            disabled={mutations.create.isPending}
            onClick={() => {
              void (async () => {
                for (const starter of STARTERS) await add(starter);
              })();
            }}
          >
            <ListPlus size={14} aria-hidden="true" />
            Add the usual questions
          </button>
        </div>
      )}
      <form
        className="inline-add"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void add(text);
        }}
      >
        <label className="visually-hidden" htmlFor="new-question">
          New question
        </label>
        <input
          id="new-question"
          className="input"
          placeholder="Add a question to ask the client"
          aria-invalid={error !== null}
          aria-describedby={error ? 'new-question-error' : undefined}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit" className="button">
          <Plus size={14} aria-hidden="true" />
          Add question
        </button>
        {error ? (
          <p id="new-question-error" className="field-error">
            <CircleAlert size={13} aria-hidden="true" />
            <span>{error}</span>
          </p>
        ) : null}
      </form>
    </section>
  );
}

function questionProblem(question: string): string | null {
  const parsed = gigProcedures['gigQuestions.create'].input.safeParse({ gigId: 1, text: question });
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'Write the question');
}
