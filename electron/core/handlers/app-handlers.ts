/** Application info and a cheap round-trip used by health checks and benchmarks. */
import type { appProcedures } from '../../contract';
import type { HandlerMap } from '../router';

export const appHandlers = {
  'app.getInfo': (_input, ctx) => ctx.info,
  'app.ping': (_input, ctx) => ({ pong: true as const, at: ctx.now() }),
} satisfies HandlerMap<keyof typeof appProcedures>;
