import { SMALL_COUNT_THRESHOLD, type UnmetNeedsReportRow } from '@homeward/domain';

const COLUMNS = ['country', 'area', 'serviceType', 'recorded', 'open', 'met', 'closed'] as const;

/** What a withheld count reads as in the CSV: the reader sees it was small, not how small. */
export const WITHHELD = `<${SMALL_COUNT_THRESHOLD}`;

/** A cell as RFC 4180 wants it: quoted when it holds a comma, a quote or a line break. */
const cell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** The report as CSV: a header row, then a row per country, area and service type (no area: empty). */
export function reportCsv(rows: UnmetNeedsReportRow[], withheld = WITHHELD): string {
  const lines = rows.map((row) =>
    COLUMNS.map((column) => {
      const value = row[column];
      if (value === null) return column === 'area' ? '' : withheld;
      return cell(String(value));
    }).join(','),
  );
  return [COLUMNS.join(','), ...lines].join('\r\n') + '\r\n';
}
