/** Export, import and the calendar file: thin handlers over electron/core/transfer/. */
import type { transferProcedures } from '../../contract';
import type { Context } from '../context';
import type { HandlerMap } from '../router';
import { localDateOf } from '../services/local-time';
import { feedStatus, writeCalendarFeed } from '../transfer/calendar-feed';
import { CSV_MIME } from '../transfer/csv-format';
import { exportCsv } from '../transfer/csv-export';
import { exportIcs, ICS_MIME } from '../transfer/ics-export';
import { commitImport, previewImport } from '../transfer/import-runner';
import { exportJsonDocument } from '../transfer/json-export';

function fileName(ctx: Context, what: string, extension: string): string {
  return `gigline-${what}-${localDateOf(ctx.now(), ctx.timeZone())}.${extension}`;
}

export const transferHandlers = {
  'export.json': (_input, ctx) => {
    const { content, count } = exportJsonDocument(ctx.sqlite, {
      schemaVersion: ctx.info.schemaVersion,
      appVersion: ctx.info.version,
      exportedAt: ctx.now(),
    });
    return { fileName: fileName(ctx, 'export', 'json'), mimeType: 'application/json', content, count };
  },
  'export.csv': (input, ctx) => {
    const { content, count } = exportCsv(ctx.sqlite, input, ctx.timeZone());
    return { fileName: fileName(ctx, input.list, 'csv'), mimeType: CSV_MIME, content, count };
  },
  'export.ics': (input, ctx) => {
    const { content, count } = exportIcs(ctx.sqlite, {
      from: input.from,
      to: input.to,
      include: input.include ?? ['interviews', 'deadlines'],
      now: ctx.now(),
      zone: ctx.timeZone(),
      appVersion: ctx.info.version,
    });
    return { fileName: fileName(ctx, 'calendar', 'ics'), mimeType: ICS_MIME, content, count };
  },
  'import.preview': (input, ctx) => previewImport(ctx, input),
  'import.commit': (input, ctx) => commitImport(ctx, input),
  'calendarFeed.status': (_input, ctx) => feedStatus(ctx),
  'calendarFeed.write': (_input, ctx) => writeCalendarFeed(ctx),
} satisfies HandlerMap<keyof typeof transferProcedures>;
