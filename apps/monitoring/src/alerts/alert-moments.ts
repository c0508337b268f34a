/**
 * The instant an alert about a day falls due. Deciders judge by the office's calendar day; noon UTC is
 * a moment when every time zone (UTC−12 to UTC+14) has reached the day, so the decider never finds it
 * early (a refusal the deadline runner would not retry) and is at most half a day late.
 */
export const noonUtcOf = (day: string): string => `${day}T12:00:00.000Z`;

/** A follow-up is overdue once its day has passed: from the day after. */
export const dayAfter = (day: string): string => {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
};

/** The end of the calendar, which no clock reaches: an item listed under it waits (a closed case's reports, until it reopens). */
export const NEVER = '9999-12-31T23:59:59.999Z';
