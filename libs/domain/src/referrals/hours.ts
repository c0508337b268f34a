/** The instant so many hours after another, as ISO 8601 in UTC: pure arithmetic, no clock. */
export const addHours = (instant: string, hours: number): string => new Date(Date.parse(instant) + hours * 3_600_000).toISOString();
