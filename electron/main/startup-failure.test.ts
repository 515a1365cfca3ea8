import { describe, expect, it } from 'vitest';
import { AppError } from '../core/errors';
import { describeStartupFailure } from './startup-failure';

const where = { dataDir: '/home/ada/.config/Gigline', logFile: '/home/ada/.config/Gigline/logs/main.log' };

describe('startup failure dialog', () => {
  it.each([
    ['DB_FROM_FUTURE', /newer version of Gigline/],
    ['DB_CORRUPT', /damaged.*backups/s],
    ['MIGRATION_FAILED', /could not update.*rolled back/s],
    ['READONLY', /read-only/],
    ['STORAGE_FULL', /disk is full/],
    ['BUSY', /in use by another program/],
  ] as const)('explains %s, says the data was not changed, and points at the log', (code, pattern) => {
    const failure = describeStartupFailure(new AppError(code, 'raw detail'), where);
    expect(failure.title).toBe('Gigline cannot open your data');
    expect(failure.message).toMatch(pattern);
    expect(failure.message).toContain(`not changed: ${where.dataDir}`);
    expect(failure.message).toContain(where.logFile);
  });

  it('recognises a better-sqlite3 built for Node instead of Electron', () => {
    const error = new Error(
      'The module was compiled against a different Node.js version using NODE_MODULE_VERSION 115. ' +
        'This version of Node.js requires NODE_MODULE_VERSION 150.',
    );
    expect(describeStartupFailure(error, where).message).toMatch(/built for Node\.js.*npm start/s);
  });

  it('falls back to the error message for anything else', () => {
    expect(describeStartupFailure(new Error('EACCES: permission denied'), where).message).toContain(
      'Gigline could not start: EACCES: permission denied',
    );
    expect(describeStartupFailure('odd', where).message).toContain('Gigline could not start: odd');
  });
});
