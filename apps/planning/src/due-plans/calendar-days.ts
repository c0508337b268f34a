const DAY_MS = 86_400_000;

/** The day after, as YYYY-MM-DD (UTC arithmetic on calendar days: no time zone is involved). */
export const dayAfter = (day: string, days = 1): string => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** Every day from `first` to `last`, both included; none when `last` is before `first`. */
export function daysBetween(first: string, last: string): string[] {
  const days: string[] = [];
  for (let day = first; day <= last; day = dayAfter(day)) days.push(day);
  return days;
}
