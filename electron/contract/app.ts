/** Application-level procedures: what the renderer needs to know about where it runs and its data. */
import { z } from 'zod';
import { emptyInput } from './fields';

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  dataDir: z.string(),
  databasePath: z.string(),
  schemaVersion: z.number(),
  readOnly: z.boolean(),
  /** 'recovery' when the database could not be opened: see recovery.getStatus. */
  mode: z.enum(['normal', 'recovery']),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

/**
 * What the shell around the renderer can do. The desktop app knows whether the OS shows notifications;
 * in the browser the page itself decides (Notification.permission), so the bridge answers 'unknown'.
 */
export const AppCapabilitiesSchema = z.object({
  shell: z.enum(['desktop', 'web']),
  notifications: z.enum(['supported', 'unsupported', 'unknown']),
  /** A tray (menu bar) icon keeps Gigline reachable while its window is closed. */
  tray: z.boolean(),
  /** The launch-at-login setting has an effect here (installed desktop builds only). */
  launchAtLogin: z.boolean(),
});
export type AppCapabilities = z.infer<typeof AppCapabilitiesSchema>;

export const appProcedures = {
  'app.getInfo': { input: emptyInput, output: AppInfoSchema },
  'app.ping': { input: emptyInput, output: z.object({ pong: z.literal(true), at: z.number() }) },
  'app.getCapabilities': { input: emptyInput, output: AppCapabilitiesSchema },
} as const;
