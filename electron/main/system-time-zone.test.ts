import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { refreshSystemTimeZone } from './system-time-zone';

describe('refreshSystemTimeZone', () => {
  it('leaves a TZ that was set on purpose, and never invents one', () => {
    const forced: NodeJS.ProcessEnv = { TZ: 'Asia/Tokyo' };
    refreshSystemTimeZone(forced);
    expect(forced).toEqual({ TZ: 'Asia/Tokyo' });
    const unset: NodeJS.ProcessEnv = {};
    refreshSystemTimeZone(unset);
    expect('TZ' in unset).toBe(false);
  });

  it('relies on Node re-detecting the zone when TZ is deleted: a cached zone does not survive it', () => {
    // In a child, so this process keeps its zone: cache another zone via TZ, then delete TZ as the refresh does.
    const env = { ...process.env };
    delete env.TZ;
    const system = execFileSync(
      process.execPath,
      ['-e', 'console.log(Intl.DateTimeFormat().resolvedOptions().timeZone)'],
      {
        env,
        encoding: 'utf8',
      },
    ).trim();
    const other = system === 'Asia/Tokyo' ? 'America/New_York' : 'Asia/Tokyo';
    const script = [
      `process.env.TZ = '${other}';`,
      'const before = Intl.DateTimeFormat().resolvedOptions().timeZone;',
      'delete process.env.TZ;',
      'console.log(JSON.stringify([before, Intl.DateTimeFormat().resolvedOptions().timeZone]));',
    ].join('\n');
    const [before, after] = JSON.parse(execFileSync(process.execPath, ['-e', script], { env, encoding: 'utf8' })) as [
      string,
      string,
    ];
    expect(before).toBe(other);
    expect(after).toBe(system);
  });
});
