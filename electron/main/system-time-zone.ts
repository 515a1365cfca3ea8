/**
 * V8 reads the OS time zone once and caches it, so a laptop that changed zone while asleep would keep
 * the old one. Node re-detects it whenever process.env.TZ is written or deleted (on Linux and macOS);
 * deleting the absent variable therefore makes Date and Intl follow the OS again. A TZ someone set on
 * purpose is left alone.
 */
export function refreshSystemTimeZone(env: NodeJS.ProcessEnv = process.env): void {
  if (env.TZ === undefined) delete env.TZ;
}
