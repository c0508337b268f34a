import { SMALL_COUNT_THRESHOLD } from '@homeward/domain';

/** What a withheld count reads as in the CSV: the reader sees it was small, not how small. */
export const WITHHELD = `<${SMALL_COUNT_THRESHOLD}`;

/** A cell as RFC 4180 wants it: quoted when it holds a comma, a quote or a line break. */
const cell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** Rows as CSV under these columns: a header row, then a row each; a withheld value reads "<5". */
export function aggregateCsv<Row extends object>(columns: ReadonlyArray<keyof Row & string>, rows: Row[], withheld = WITHHELD): string {
  const lines = rows.map((row) => columns.map((column) => (row[column] === null || row[column] === undefined ? withheld : cell(String(row[column])))).join(','));
  return [columns.join(','), ...lines].join('\r\n') + '\r\n';
}
