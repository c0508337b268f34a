import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { INFRASTRUCTURE, type Infrastructure, type Page, type Principal } from '@homeward/platform';
import { byCountry, countriesRead } from '../plan-scope';
import { CASE_DISBURSEMENTS, type CaseDisbursements, type CurrencyTotals } from './case-disbursements.projection';

export class DisbursementTotalsQuery {
  constructor(
    readonly principal: Principal,
    readonly country: string | undefined,
    readonly page: { limit: number; offset: number },
  ) {}
}

/**
 * What a country's plans have approved and paid in one currency. Per country: no event of a plan or
 * of its allocations names a programme (only the feasibility grid does), so the country holding the
 * plan stands for it.
 */
export type DisbursementTotals = CurrencyTotals & { country: string; cases: number };
export type DisbursementTotalsPage = Page<DisbursementTotals>;

/** The totals of the caller's countries (or the one asked), by country then currency. */
@QueryHandler(DisbursementTotalsQuery)
export class DisbursementTotalsHandler implements IQueryHandler<DisbursementTotalsQuery, DisbursementTotalsPage> {
  constructor(@Inject(INFRASTRUCTURE) private readonly infra: Infrastructure) {}

  async execute({ principal, country, page: { limit, offset } }: DisbursementTotalsQuery): Promise<DisbursementTotalsPage> {
    // Every case of the countries read: one document each, summed here (the store has no sums).
    const cases = await this.infra.readModels.find<CaseDisbursements>(CASE_DISBURSEMENTS, byCountry(countriesRead(principal, country)));
    const rows = [...sums(cases).values()].sort((a, b) => a.country.localeCompare(b.country) || a.currency.localeCompare(b.currency));
    return { items: rows.slice(offset, offset + limit), total: rows.length, limit, offset };
  }
}

function sums(cases: CaseDisbursements[]): Map<string, DisbursementTotals> {
  const rows = new Map<string, DisbursementTotals>();
  for (const { country, totals } of cases) {
    for (const t of totals) {
      const key = `${country}:${t.currency}`;
      const row = rows.get(key) ?? { country, currency: t.currency, approvedAmount: 0, approvedAllocations: 0, disbursedAmount: 0, disbursements: 0, cases: 0 };
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
