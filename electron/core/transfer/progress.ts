/**
 * Progress of a long import, as 'import.progress' events about every 1000 rows. Validation yields to the
 * event loop at the same points, so the events (and other calls) get through while a big file is checked;
 * writing is one synchronous transaction, whose events are sent as they happen.
 */
import type { EventMap, ImportKind } from '../../contract';
import type { Context } from '../context';

export const PROGRESS_EVERY = 1000;

type Phase = EventMap['import.progress']['phase'];

export interface Progress {
  phase(phase: Phase, total: number): void;
  /** Counts one row; emits every PROGRESS_EVERY rows and returns true when it did. */
  step(): boolean;
  finish(): void;
}

export function createProgress(ctx: Pick<Context, 'emit'> | null, kind: ImportKind): Progress {
  let phase: Phase = 'validating';
  let total = 0;
  let done = 0;
  const emit = () => ctx?.emit('import.progress', { kind, phase, done, total });
  const step = () => {
    done++;
    if (done % PROGRESS_EVERY === 0 && done < total) {
      emit();
      return true;
    }
    return false;
  };
  return {
    phase(next, nextTotal) {
      phase = next;
      total = nextTotal;
      done = 0;
      emit();
    },
    step,
    finish() {
      done = total;
      emit();
    },
  };
}

/** For code that does not report progress (previews of small files, tests, benchmarks). */
export const silentProgress: Progress = {
  phase: () => undefined,
  step: () => false,
  finish: () => undefined,
};

/** Lets queued I/O (progress events, other calls) run between chunks of a long validation. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
