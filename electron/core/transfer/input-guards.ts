/**
 * Checks every imported file passes before any parser sees it: size, emptiness, and whether it is text at
 * all (a spreadsheet, PDF or image read as text is full of NUL bytes and U+FFFD replacement characters).
 * Failures are VALIDATION errors on `content` with a message a person can act on.
 */
import { MAX_IMPORT_BYTES } from '../../contract';
import { AppError } from '../errors';

function contentError(message: string): AppError {
  return new AppError('VALIDATION', message, [{ path: 'content', message }]);
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const SIGNATURES: [RegExp, string][] = [
  // eslint-disable-next-line no-control-regex -- a ZIP file's signature bytes
  [/^PK\u0003\u0004/, 'This looks like an Excel workbook or a ZIP archive. Save it as CSV (UTF-8) and import that.'],
  [/^%PDF-/, 'This is a PDF, not a data file. Import a CSV, JSON or ICS file.'],
  [/^\uFFFD(PNG|\uFFFD\uFFFD)/, 'This looks like an image, not a data file. Import a CSV, JSON or ICS file.'],
];

/** Returns the text without a UTF-8 byte-order mark; throws a VALIDATION error for unusable input. */
export function checkImportText(content: string, maxBytes = MAX_IMPORT_BYTES): string {
  if (content.length > maxBytes || Buffer.byteLength(content, 'utf8') > maxBytes) {
    const size = Buffer.byteLength(content, 'utf8');
    throw contentError(
      `This file is ${megabytes(size)}; Gigline imports files up to ${megabytes(maxBytes)} at once. ` +
        'Split it, or move a whole database with a backup instead.',
    );
  }
  const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  if (text.trim() === '') throw contentError('The file is empty.');
  for (const [signature, message] of SIGNATURES) if (signature.test(text)) throw contentError(message);
  const sample = text.length > 1_000_000 ? text.slice(0, 1_000_000) : text;
  if (sample.includes('\u0000')) {
    throw contentError('This file contains binary data, not text. Import a CSV, JSON or ICS file saved as UTF-8.');
  }
  let replaced = 0;
  for (let i = sample.indexOf('\uFFFD'); i !== -1; i = sample.indexOf('\uFFFD', i + 1)) replaced++;
  if (replaced > 8 && replaced > sample.length / 200) {
    throw contentError(
      'This file is not readable text (it may be binary, or saved in an encoding other than UTF-8). ' +
        'Save it as UTF-8 and try again.',
    );
  }
  return text;
}

/** 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
}
