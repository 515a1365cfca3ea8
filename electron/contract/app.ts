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
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

export const appProcedures = {
  'app.getInfo': { input: emptyInput, output: AppInfoSchema },
  'app.ping': { input: emptyInput, output: z.object({ pong: z.literal(true), at: z.number() }) },
} as const;
