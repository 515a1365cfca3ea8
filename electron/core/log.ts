/** A small structured logger: JSON lines to a file (when given) and readable lines to stderr. */
import fs from 'node:fs';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  debug(message: string, detail?: Record<string, unknown>): void;
  info(message: string, detail?: Record<string, unknown>): void;
  warn(message: string, detail?: Record<string, unknown>): void;
  error(message: string, detail?: Record<string, unknown>): void;
}

const rank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export function serializeError(error: unknown): Record<string, unknown> {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { name: error.name, message: error.message, code, stack: error.stack };
  }
  return { value: String(error) };
}

export function createLogger(options: { file?: string; level?: LogLevel; console?: boolean } = {}): Logger {
  const min = rank[options.level ?? 'info'];
  const toConsole = options.console ?? true;
  const write = (level: LogLevel, message: string, detail?: Record<string, unknown>) => {
    if (rank[level] < min) return;
    const entry = { at: new Date().toISOString(), level, message, ...detail };
    if (options.file) {
      try {
        fs.appendFileSync(options.file, `${JSON.stringify(entry)}\n`);
      } catch {
        // Logging must never take the app down (a full or read-only disk is reported elsewhere).
      }
    }
    if (toConsole) {
      const extra = detail ? ` ${JSON.stringify(detail)}` : '';
      process.stderr.write(`[gigline] ${level}: ${message}${extra}\n`);
    }
  };
  return {
    debug: (m, d) => write('debug', m, d),
    info: (m, d) => write('info', m, d),
    warn: (m, d) => write('warn', m, d),
    error: (m, d) => write('error', m, d),
  };
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
