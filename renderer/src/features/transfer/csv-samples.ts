/** An example value per column (the first non-empty one in the first rows), shown beside the column choice. */
import Papa from 'papaparse';

const SAMPLE_TEXT = 64 * 1024;
const SAMPLE_ROWS = 8;
const SAMPLE_LENGTH = 40;

export function columnSamples(content: string, delimiter: string, columnCount: number): string[] {
  const parsed = Papa.parse<string[]>(content.replace(/^\uFEFF/, '').slice(0, SAMPLE_TEXT), {
    delimiter,
    preview: SAMPLE_ROWS + 1,
    skipEmptyLines: true,
  });
  const rows = parsed.data.slice(1);
  return Array.from({ length: columnCount }, (_, column) => {
    const value = rows.map((row) => (row[column] ?? '').trim()).find(Boolean) ?? '';
    return value.length > SAMPLE_LENGTH ? `${value.slice(0, SAMPLE_LENGTH - 1)}…` : value;
  });
}
