import 'reflect-metadata';
import type { AccessRecord } from '@homeward/events';
import { configFromEnv, signDevToken } from '@homeward/platform';
import { devSecret } from './dev-secret';
import { SERVICES } from './services';

const USAGE = `usage: npm run access-log -- <caseId>

Lists who read the case, in every service (${SERVICES.map((s) => s.name).join(', ')}), oldest first: when, service,
who, role, what, purpose. Each service is asked on 127.0.0.1 at its configured port (HOMEWARD_<NAME>_PORT,
HOMEWARD_HOST), as an auditor: HOMEWARD_TOKEN if set, else a token signed as \`npm run tokens\` signs them
(HOMEWARD_JWT_SECRET, or embedded mode's dev secret under HOMEWARD_DATA_DIR). Exit status: 0 every service
answered, 1 some did not (what the others answered is printed), 2 usage.`;

const PAGE = 200;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One service's whole access log for the case, page after page. */
export async function readersIn(url: string, caseId: string, token: string): Promise<AccessRecord[]> {
  const all: AccessRecord[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const res = await fetch(`${url}/audit/access?caseId=${caseId}&limit=${PAGE}&offset=${offset}`, { headers: { Authorization: `Bearer ${token}`, 'Homeward-Purpose': 'audit' } });
    if (!res.ok) throw new Error(`answered ${res.status} ${(await res.text()).slice(0, 200)}`);
    const page = (await res.json()) as { items: AccessRecord[]; total: number };
    all.push(...page.items);
    if (!page.items.length || offset + PAGE >= page.total) return all;
  }
}

/** Every service's reads in one list, oldest first (a service's reads of one instant keep their order). */
export function merged(lists: AccessRecord[][]): AccessRecord[] {
  return lists.flatMap((list) => [...list].reverse()).sort((a, b) => a.at.localeCompare(b.at));
}

export function lines(records: AccessRecord[]): string[] {
  const rows = records.map((r) => [r.at, r.service, r.organisationId ? `${r.userId} (${r.organisationId})` : r.userId, r.role, r.what, r.purpose]);
  const all = [['when', 'service', 'who', 'role', 'what', 'purpose'], ...rows];
  const widths = all[0].map((_, i) => Math.max(...all.map((row) => row[i].length)));
  return all.map((row) => row.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd());
}

async function auditorToken(): Promise<string> {
  if (process.env.HOMEWARD_TOKEN) return process.env.HOMEWARD_TOKEN;
  const secret = process.env.HOMEWARD_JWT_SECRET ?? devSecret();
  return signDevToken(secret, process.env.HOMEWARD_JWT_ISSUER ?? 'homeward', { userId: process.env.USER ? `aud-${process.env.USER}` : 'aud-cli', role: 'auditor', countries: ['*'] }, '15m');
}

async function main(argv: string[]): Promise<number> {
  const [caseId, ...rest] = argv;
  if (!caseId || rest.length || !UUID.test(caseId)) {
    console.error(USAGE);
    return 2;
  }
  const token = await auditorToken();
  const host = process.env.HOMEWARD_HOST ?? '127.0.0.1';
  let missing = 0;
  const lists = await Promise.all(
    SERVICES.map(async (definition) => {
      const url = `http://${host}:${configFromEnv(definition).port}`;
      try {
        return await readersIn(url, caseId, token);
      } catch (error) {
        missing++;
        console.error(`${definition.name} (${url}): no access log: ${(error as Error).message}`);
        return [];
      }
    }),
  );
  const records = merged(lists);
  for (const line of lines(records)) console.log(line);
  console.log(`${records.length} reads of case ${caseId} in ${SERVICES.length - missing} of ${SERVICES.length} services`);
  return missing ? 1 : 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
