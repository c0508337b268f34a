import type { AcceptCase, CaseCommand, GiveConsent, RegisterReturnee, TransferCase } from '@homeward/domain';

/**
 * The cases of a multi-country deployment, deterministic (case k is the same on every run): twenty
 * corridors between twelve host countries and fourteen countries of origin, a case manager for about
 * a hundred cases, names and birth dates spread so that identities rarely meet (one case in 500
 * registers again someone already registered: the duplicates the check is there for), openings
 * spread over three years in the order they were registered.
 */
export const CORRIDORS = [
  ['MA', 'SN'], ['MA', 'GN'], ['MA', 'CI'], ['MA', 'ML'], ['LY', 'NG'], ['LY', 'SD'], ['LY', 'ER'], ['NE', 'ML'],
  ['NE', 'NG'], ['NE', 'BF'], ['TN', 'CI'], ['TN', 'GN'], ['DZ', 'ML'], ['DZ', 'CM'], ['EG', 'SD'], ['EG', 'ET'],
  ['DE', 'GM'], ['IT', 'SN'], ['FR', 'CM'], ['ES', 'GM'],
] as const;
/** Cases one case manager holds, about. */
export const CASES_PER_MANAGER = 100;

const FIRST = ['Awa', 'Moussa', 'Fatou', 'Ibrahima', 'Aminata', 'Karim', 'Mariama', 'Ousmane', 'Khadija', 'Youssef', 'Aissatou', 'Mamadou', 'Salma', 'Cheikh', 'Nadia', 'Lamine',
  'Abdou', 'Binta', 'Seydou', 'Kadiatou', 'Omar', 'Hawa', 'Issa', 'Ramatou', 'Tidiane', 'Adama', 'Yacine', 'Boubacar', 'Rokia', 'Sekou', 'Nafissatou', 'Alassane'];
const LAST = ['Diallo', 'Ndiaye', 'Sow', 'Ba', 'Fall', 'Diop', 'Camara', 'Traoré', 'Keita', 'Benali', 'El Idrissi', 'Cissé', 'Sarr', 'Mbaye', 'Touré', 'Kane', 'Gueye', 'Barry',
  'Coulibaly', 'Konaté', 'Sylla', 'Bah', "N'Diaye", 'Ouédraogo', 'Sawadogo', 'Okafor', 'Adeyemi', 'Tesfaye', 'Haile', 'Osman', 'Abdi', 'de Souza'];

const FIRST_OPENING = Date.parse('2023-11-01T08:00:00.000Z');
const THREE_YEARS_MS = 3 * 365 * 86_400_000;
const BIRTH_DAYS = 40 * 365;
const EARLIEST_BIRTH = Date.parse('1968-01-01T00:00:00.000Z');

/** A mixing hash: neighbouring cases get unrelated names and birth dates. */
function mix(k: number, salt: number): number {
  let h = Math.imul(k ^ salt, 0x9e3779b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

export interface Identity {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  nationality: string;
}

export interface PopulatedCase {
  k: number;
  caseId: string;
  host: string;
  origin: string;
  caseManagerId: string;
  identity: Identity;
  openedAt: string;
  /** The commands of its history, in order; each is decided on the state the ones before make. */
  commands: CaseCommand[];
}

/** Case k of a population of `cases`. */
export function populatedCase(k: number, cases: number): PopulatedCase {
  const corridorIndex = k % CORRIDORS.length;
  const [host, origin] = CORRIDORS[corridorIndex];
  const managers = Math.max(1, Math.round(cases / CORRIDORS.length / CASES_PER_MANAGER));
  const nth = Math.floor(k / CORRIDORS.length) % managers;
  const caseManagerId = caseManagerOf(host, corridorIndex, nth);
  // Drawn, not taken from k's remainders, which would tie each choice to the corridor (k modulo 20).
  const roll = mix(k, 7) % 1000;
  const identity = identityOf(roll < 2 && k >= CORRIDORS.length ? k - CORRIDORS.length : k, origin);
  const now = new Date(FIRST_OPENING + Math.floor((k * THREE_YEARS_MS) / cases)).toISOString();
  const today = now.slice(0, 10);
  const caseId = caseIdOf(k);
  const meta = (userId: string, role: string, at = now) => ({ now: at, today: at.slice(0, 10), userId, role });
  const plannedReturn = new Date(Date.parse(now) + (30 + (roll % 150)) * 86_400_000).toISOString().slice(0, 10);
  const commands: CaseCommand[] = [
    {
      type: 'RegisterReturnee',
      data: {
        caseId, returneeId: `r-${caseId}`, ...identity, sex: mix(k, 5) % 2 ? 'male' : 'female', languages: ['fr'],
        hostCountry: host, countryOfOrigin: origin, office: host, plannedReturnDate: plannedReturn,
        derivedIds: { screeningId: `s-${caseId}`, needId: `n-${caseId}` },
      },
      metadata: meta(caseManagerId, 'case_manager'),
    } satisfies RegisterReturnee,
  ];
  // Nine in ten consent to assistance; a quarter go back and are handed to the office at home, most taken on there.
  if (roll % 10 !== 9) {
    commands.push({
      type: 'GiveConsent',
      data: { caseId, consentId: `k-${caseId}`, purpose: 'assistance', dataCategories: ['case_summary'], decidedOn: today, formVersion: 'v3', language: 'fr' },
      metadata: meta(caseManagerId, 'case_manager'),
    } satisfies GiveConsent);
  }
  if (roll < 250) {
    const later = new Date(Date.parse(now) + 20 * 86_400_000).toISOString();
    commands.push({ type: 'TransferCase', data: { caseId, handoverNote: 'Returning next month; family in the capital.' }, metadata: meta(caseManagerId, 'case_manager', later) } satisfies TransferCase);
    if (roll % 4 !== 0) commands.push({ type: 'AcceptCase', data: { caseId }, metadata: meta(caseManagerOf(origin, corridorIndex, nth), 'case_manager', later) } satisfies AcceptCase);
  }
  return { k, caseId, host, origin, caseManagerId, identity, openedAt: now, commands };
}

/** The person registered as case k. */
export function identityOf(k: number, nationality: string): Identity {
  const born = new Date(EARLIEST_BIRTH + (mix(k, 3) % BIRTH_DAYS) * 86_400_000).toISOString().slice(0, 10);
  return { firstName: FIRST[mix(k, 1) % FIRST.length], lastName: LAST[mix(k, 2) % LAST.length], dateOfBirth: born, nationality };
}

export const caseIdOf = (k: number): string => `c${String(k).padStart(7, '0')}`;
const caseManagerOf = (office: string, corridor: number, j: number) => `cm-${office.toLowerCase()}-${corridor}-${j}`;
