/**
 * The bench's registrations: each a different person (a first name of its own, letters only), so
 * intake's duplicate check, which runs on every registration, never answers 409. Countries and
 * languages follow the pilot corridors, so monitoring's list holds several countries.
 */
const LAST = ['Diallo', 'Ndiaye', 'Sow', 'Camara', 'Keita', 'Benali', 'Sarr', 'Barry'];
const CORRIDORS = [
  { host: 'MA', origin: 'SN', languages: ['fr', 'wo'] },
  { host: 'MA', origin: 'GN', languages: ['fr', 'ff'] },
  { host: 'SN', origin: 'GM', languages: ['en', 'wo'] },
  { host: 'NE', origin: 'ML', languages: ['fr', 'bm'] },
] as const;
export const BENCH_COUNTRIES = [...new Set(CORRIDORS.flatMap((c) => [c.host, c.origin]))];

/** A run's tag and a counter written in letters: names hold no digits here, whatever the rules allow. */
export function letters(n: number): string {
  let text = '';
  do {
    text = String.fromCharCode(97 + (n % 26)) + text;
    n = Math.floor(n / 26);
  } while (n > 0);
  return text;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function benchReturnee(runTag: string, k: number, today: Date): Record<string, unknown> {
  const corridor = CORRIDORS[k % CORRIDORS.length];
  const planned = new Date(today.getTime() + (30 + (k % 300)) * 86_400_000).toISOString().slice(0, 10);
  return {
    firstName: `Awa${runTag}${letters(k)}`,
    lastName: LAST[k % LAST.length],
    dateOfBirth: `${1970 + (k % 35)}-${pad(1 + (k % 12))}-${pad(1 + (k % 28))}`,
    sex: k % 2 ? 'male' : 'female',
    nationality: corridor.origin,
    languages: [...corridor.languages],
    hostCountry: corridor.host,
    countryOfOrigin: corridor.origin,
    plannedReturnDate: planned,
  };
}
