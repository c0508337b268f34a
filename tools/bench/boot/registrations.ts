import type { RegisterReturnee } from '@homeward/domain';

/**
 * Registrations as offices make them: names, ages, countries and languages vary, so the read
 * models (search by name, caseloads by case manager, lists by country) hold realistic spreads
 * rather than ten thousand copies of one row. Deterministic: case k is the same on every run.
 */
const FIRST = ['Awa', 'Moussa', 'Fatou', 'Ibrahima', 'Aminata', 'Karim', 'Mariama', 'Ousmane', 'Khadija', 'Youssef', 'Aissatou', 'Mamadou', 'Salma', 'Cheikh', 'Nadia', 'Lamine'];
const LAST = ['Diallo', 'Ndiaye', 'Sow', 'Ba', 'Fall', 'Diop', 'Camara', 'Traoré', 'Keita', 'Benali', 'El Idrissi', 'Cissé', 'Sarr', 'Mbaye', 'Touré', 'Kane', 'Gueye', 'Barry'];
const SEXES = ['female', 'male'] as const;
/** Host country, country of origin, languages spoken: the corridors of the pilot offices. */
const CORRIDORS = [
  { host: 'MA', origin: 'SN', languages: ['fr', 'wo'] },
  { host: 'MA', origin: 'GN', languages: ['fr', 'ff'] },
  { host: 'MA', origin: 'ML', languages: ['fr', 'bm'] },
  { host: 'SN', origin: 'GM', languages: ['en', 'wo'] },
  { host: 'NE', origin: 'ML', languages: ['fr', 'bm'] },
] as const;
export const CASE_MANAGERS = ['cm-awa', 'cm-karim', 'cm-ibrahima', 'cm-salma', 'cm-lamine'];

export const REGISTERED_AT = '2026-11-02T09:00:00.000Z';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The k-th registration, decided on its office's day; ids are the caller's (the handler mints uuids). */
export function registration(k: number, caseId: string, ids: { returneeId: string; screeningId: string; needId: string }): RegisterReturnee {
  const corridor = CORRIDORS[k % CORRIDORS.length];
  const { returneeId, screeningId, needId } = ids;
  return {
    type: 'RegisterReturnee',
    data: {
      caseId,
      returneeId,
      firstName: FIRST[k % FIRST.length],
      lastName: LAST[Math.floor(k / FIRST.length) % LAST.length],
      // Adults of 18 to 57, spread over the days of the year, so no two neighbours look alike.
      dateOfBirth: `${1969 + (k % 40)}-${pad(1 + (k % 12), 2)}-${pad(1 + (k % 28), 2)}`,
      sex: SEXES[k % SEXES.length],
      nationality: corridor.origin,
      languages: [...corridor.languages],
      hostCountry: corridor.host,
      countryOfOrigin: corridor.origin,
      office: corridor.host,
      plannedReturnDate: `2027-0${1 + (k % 6)}-15`,
      derivedIds: { screeningId, needId },
    },
    metadata: { now: REGISTERED_AT, today: REGISTERED_AT.slice(0, 10), userId: CASE_MANAGERS[k % CASE_MANAGERS.length], role: 'case_manager' },
  };
}
