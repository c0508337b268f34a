import 'reflect-metadata';
import type { Infrastructure, Principal } from '@homeward/platform';
import { CaseloadHandler, CaseloadQuery } from '../../../apps/intake/src/caseload/caseload.query';
import { findLikelyDuplicates } from '../../../apps/intake/src/register-returnee/likely-duplicates';
import { ListCasesHandler, ListCasesQuery } from '../../../apps/monitoring/src/case-list/list-cases.query';
import type { ReadModelStore } from '../../../libs/events/src/readmodel/read-model-store.port';
import { CORRIDORS, identityOf, populatedCase } from './population';
import { ROUND_TRIP } from './rm-report';
import type { Census } from './seed';

/** The targets of issue 10, point 4, in ms at p99. */
export const QUERY_TARGETS = { page: 20, duplicateCheck: 5 } as const;

export interface MeasuredQuery {
  key: string;
  /** What the service answers, and for whom. */
  label: string;
  /** The p99 it must stay under on PostgreSQL; null: reported for information. */
  targetMs: number | null;
  /** Call i (a different case manager, person… as i goes); resolves how many documents the answer holds in scope. */
  run(i: number): Promise<{ inScope: number }>;
}

const PAGE = { limit: 50, offset: 0 };
/** The deepest page an office would plausibly open: the 21st. */
const DEEP_PAGE = { limit: 50, offset: 1000 };

/**
 * The queries as the services issue them: the very query handlers (monitoring's ListCasesHandler,
 * intake's CaseloadHandler) and registration's duplicate check (findLikelyDuplicates), over the
 * store they are given. The busiest country and office are the ones asked for: the worst case.
 */
export function measuredQueries(readModels: ReadModelStore, census: Census, seededCases: number, population: number): MeasuredQuery[] {
  // The handlers read nothing of the infrastructure but its read models.
  const infra = { readModels } as unknown as Infrastructure;
  const caseList = new ListCasesHandler(infra);
  const caseload = new CaseloadHandler(infra);
  const { country } = census.busiestCountry;
  const { office } = census.busiestOffice;
  const meOfficer: Principal = { userId: 'me-bench', role: 'me_officer', countries: [country] };
  const supervisor: Principal = { userId: 'sup-bench', role: 'supervisor', countries: [office] };
  const manager = (i: number): Principal => ({ userId: census.managers[i % census.managers.length].caseManagerId, role: 'case_manager', countries: [office] });
  // Spread over the seeded cases, so that no one record stays in a cache.
  const registered = (i: number) => populatedCase(Math.floor(((i * 7919) % 10007) * (seededCases / 10007)), population).identity;
  const newcomer = (i: number) => identityOf(population + 1 + i, CORRIDORS[i % CORRIDORS.length][1]);
  const page = async (answer: Promise<{ total: number }>) => ({ inScope: (await answer).total });
  return [
    {
      key: ROUND_TRIP,
      label: "a bare round trip on the same pool (the adapter's `ping`: `SELECT 1`, or the ping command): the floor under every figure",
      targetMs: null,
      run: async () => {
        await readModels.ping();
        return { inScope: 0 };
      },
    },
    {
      key: 'case-list',
      label: `monitoring \`GET /cases\`, first page of 50, M&E officer of ${country}`,
      targetMs: QUERY_TARGETS.page,
      run: () => page(caseList.execute(new ListCasesQuery(meOfficer, undefined, PAGE))),
    },
    {
      key: 'case-list-deep',
      label: `monitoring \`GET /cases?offset=1000\` (21st page), M&E officer of ${country}`,
      targetMs: null,
      run: () => page(caseList.execute(new ListCasesQuery(meOfficer, undefined, DEEP_PAGE))),
    },
    {
      key: 'caseload-own',
      label: `intake \`GET /caseload\`, first page, a case manager of ${office} (own cases)`,
      targetMs: QUERY_TARGETS.page,
      run: (i) => page(caseload.execute(new CaseloadQuery(manager(i), undefined, PAGE.limit, PAGE.offset))),
    },
    {
      key: 'caseload-office',
      label: `intake \`GET /caseload\`, first page, the supervisor of ${office} (the office's cases)`,
      targetMs: QUERY_TARGETS.page,
      run: () => page(caseload.execute(new CaseloadQuery(supervisor, undefined, PAGE.limit, PAGE.offset))),
    },
    {
      key: 'duplicate-registered',
      label: 'intake duplicate check at registration (identityKeys), someone already registered',
      targetMs: QUERY_TARGETS.duplicateCheck,
      run: async (i) => ({ inScope: (await findLikelyDuplicates(readModels, registered(i))).length }),
    },
    {
      key: 'duplicate-new',
      label: 'intake duplicate check at registration (identityKeys), someone new',
      targetMs: QUERY_TARGETS.duplicateCheck,
      run: async (i) => ({ inScope: (await findLikelyDuplicates(readModels, newcomer(i))).length }),
    },
  ];
}
