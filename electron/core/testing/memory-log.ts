/** A Logger for tests that keeps every entry in memory, so a test can assert what was (or was not) logged. */
import type { Logger, LogLevel } from '../log';

export interface LogEntry {
  level: LogLevel;
  message: string;
  detail: Record<string, unknown> | undefined;
}

export interface MemoryLogger extends Logger {
  entries: LogEntry[];
}

export function createMemoryLogger(): MemoryLogger {
  const entries: LogEntry[] = [];
  const at = (level: LogLevel) => (message: string, detail?: Record<string, unknown>) => {
    entries.push({ level, message, detail });
  };
  return { entries, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
