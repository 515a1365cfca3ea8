/**
 * CSV text in and out with papaparse. Out: RFC 4180 (quotes where needed, CRLF), a UTF-8 byte-order mark
 * so Excel reads accents right, and the OWASP formula guard — a cell starting with = + - @ tab or CR gets a
 * leading apostrophe so no spreadsheet runs it. In: the delimiter is taken from the header line (Excel
 * writes ; in many locales), the guard's apostrophe is removed again, and rows are numbered as a
 * spreadsheet shows them (the header is row 1).
 */
import Papa from 'papaparse';
import type { ImportIssue } from '../../contract';

export const CSV_MIME = 'text/csv;charset=utf-8';

export type CsvCell = string | number | null;

export function toCsv(headers: string[], rows: CsvCell[][]): string {
  const body = Papa.unparse(
    { fields: headers, data: rows.map((row) => row.map((cell) => cell ?? '')) },
    {
      escapeFormulae: true,
      newline: '\r\n',
    },
  );
  return `\uFEFF${body}\r\n`;
}

export interface CsvTable {
  headers: string[];
  delimiter: string;
  /** Data rows with their spreadsheet row number (header = 1); blank lines are left out. */
  rows: { line: number; cells: string[] }[];
  errors: ImportIssue[];
}

const DELIMITERS = [',', ';', '\t', '|'];

/** The delimiter used most often outside quotes on the first line. */
export function detectDelimiter(text: string): string {
  const counts = new Map(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best = ',';
  for (const [delimiter, count] of counts) if (count > (counts.get(best) ?? 0)) best = delimiter;
  return best;
}

const GUARDED = new Set(['=', '+', '-', '@', '\t', '\r']);

/** Undoes the formula guard of our own exports (and of other tools following OWASP). */
function unguard(cell: string): string {
  return cell.charCodeAt(0) === 39 && GUARDED.has(cell[1] ?? '') ? cell.slice(1) : cell;
}

function isBlank(cells: string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return false;
  return true;
}

export function readCsv(text: string): CsvTable {
  const delimiter = detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const errors: ImportIssue[] = parsed.errors.map((error) => ({
    row: typeof error.row === 'number' ? error.row + 1 : null,
    entity: null,
    field: null,
    message:
      error.type === 'Quotes'
        ? 'A quoted cell is not closed properly; check the quotes in this row.'
        : `The file could not be read here (${error.message}).`,
  }));
  const [headerRow = [], ...data] = parsed.data;
  const headers = headerRow.map((h, i) => unguard(h).trim() || `Column ${i + 1}`);
  const rows: CsvTable['rows'] = [];
  data.forEach((cells, index) => {
    if (isBlank(cells)) return;
    const line = index + 2;
    if (cells.length > headers.length && !isBlank(cells.slice(headers.length))) {
      errors.push({
        row: line,
        entity: null,
        field: null,
        message: `This row has ${cells.length} cells but the header has ${headers.length}: a delimiter or quote is probably off.`,
      });
    }
    rows.push({ line, cells: cells.map(unguard) });
  });
  return { headers, delimiter, rows, errors };
}

/** Yes/no cells: "yes", "true", "1", "x", a date … count as yes; "", "no", "false", "0", "-" as no. */
export function truthyCell(value: string): boolean {
  return !['', 'no', 'n', 'false', '0', '-', 'nein', 'non'].includes(value.trim().toLowerCase());
}
