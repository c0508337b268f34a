import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { INFRASTRUCTURE, type Infrastructure, type Page, type Principal } from '@homeward/platform';
import { byCountry, countriesRead } from '../plan-scope';
import { byProgrammeThenCurrency, CASE_DISBURSEMENTS, type CaseDisbursements, type ProgrammeTotals } from './case-disbursements.projection';

export class DisbursementTotalsQuery {
  constructor(
    readonly principal: Principal,
    readonly filters: { country?: string; programme?: string },
    readonly page: { limit: number; offset: number },
  ) {}
}

/** What the plans of a country have approved and paid under one programme in one currency. */
export type DisbursementTotals = ProgrammeTotals & { country: string; cases: number };
export type DisbursementTotalsPage = Page<DisbursementTotals>;

/** The totals of the caller's countries (or the one asked), of every programme (or the one asked), by country, programme, currency. */
@QueryHandler(DisbursementTotalsQuery)
export class DisbursementTotalsHandler implements IQueryHandler<DisbursementTotalsQuery, DisbursementTotalsPage> {
  constructor(@Inject(INFRASTRUCTURE) private readonly infra: Infrastructure) {}

  async execute({ principal, filters: { country, programme }, page: { limit, offset } }: DisbursementTotalsQuery): Promise<DisbursementTotalsPage> {
    // Every case of the countries read (and of the programme asked): one document each, summed here (the store has no sums).
    const filter = { ...byCountry(countriesRead(principal, country)), ...(programme ? { programmes: programme } : {}) };
    const cases = await this.infra.readModels.find<CaseDisbursements>(CASE_DISBURSEMENTS, filter);
    const rows = [...sums(cases, programme).values()].sort((a, b) => a.country.localeCompare(b.country) || byProgrammeThenCurrency(a, b));
    return { items: rows.slice(offset, offset + limit), total: rows.length, limit, offset };
  }
}

/** A case found for a programme may hold money under others too: only the programme asked is added up. */
function sums(cases: CaseDisbursements[], programme: string | undefined): Map<string, DisbursementTotals> {
  const rows = new Map<string, DisbursementTotals>();
  for (const { country, totals } of cases) {
    for (const t of totals) {
      if (programme && t.programme !== programme) continue;
      const key = JSON.stringify([country, t.programme, t.currency]);
      const row = rows.get(key) ?? { country, programme: t.programme, currency: t.currency, approvedAmount: 0, approvedAllocations: 0, disbursedAmount: 0, disbursements: 0, cases: 0 };
      rows.set(key, {
        ...row,
        approvedAmount: row.approvedAmount + t.approvedAmount,
        approvedAllocations: row.approvedAllocations + t.approvedAllocations,
        disbursedAmount: row.disbursedAmount + t.disbursedAmount,
        disbursements: row.disbursements + t.disbursements,
        cases: row.cases + 1,
      });
    }
  }
  return rows;
}
