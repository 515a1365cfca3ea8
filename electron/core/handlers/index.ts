/** Every procedure's handler, checked against the contract's procedure map. */
import type { Handlers } from '../router';
import { appHandlers } from './app-handlers';
import { clientHandlers } from './clients-handlers';

export const handlers = {
  ...appHandlers,
  ...clientHandlers,
} satisfies Handlers;
