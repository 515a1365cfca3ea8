/** Application info, what the shell can do, and a cheap round-trip used by health checks and benchmarks. */
import type { appProcedures } from '../../contract';
import type { HandlerMap } from '../router';

export const appHandlers = {
  'app.getInfo': (_input, ctx) => ctx.info,
  'app.ping': (_input, ctx) => ({ pong: true as const, at: ctx.now() }),
  'app.getCapabilities': (_input, ctx) => {
    const supported = ctx.platform.notificationsSupported();
    return {
      shell: ctx.platform.kind,
      notifications: supported === null ? 'unknown' : supported ? 'supported' : 'unsupported',
      tray: ctx.platform.trayAvailable(),
      launchAtLogin: ctx.platform.launchAtLoginAvailable(),
    } as const;
  },
} satisfies HandlerMap<keyof typeof appProcedures>;
