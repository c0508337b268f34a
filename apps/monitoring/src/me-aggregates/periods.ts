/** The month of a day ("2027-03-14" → "2027-03"): the M&E indicators count by calendar month. */
export const monthOf = (day: string): string => day.slice(0, 7);

/** The quarter of a day ("2027-03-14" → "2027-Q1"): RSS surveys are taken every three months. */
export const quarterOf = (day: string): string => `${day.slice(0, 4)}-Q${Math.ceil(Number(day.slice(5, 7)) / 3)}`;

/** Whole days from one day to another, both "YYYY-MM-DD". */
export const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
