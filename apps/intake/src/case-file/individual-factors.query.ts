import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { INDIVIDUAL_FACTORS } from '@homeward/contracts/intake';
import { INFRASTRUCTURE, type Infrastructure, type Principal } from '@homeward/platform';
import { maySeeSensitive, readableCaseFile } from './case-access';
import type { FactorEntry, FactorProfile } from './case-file.document';

export class IndividualFactorsQuery {
  constructor(
    readonly caseId: string,
    readonly principal: Principal,
  ) {}
}

export type IndividualFactorsView = FactorProfile & { sensitiveWithheld: boolean };

/** The profile in Table 2.1's order and the history in the order recorded; sensitive factors and every note only for those who may see them. */
@QueryHandler(IndividualFactorsQuery)
export class IndividualFactorsHandler implements IQueryHandler<IndividualFactorsQuery, IndividualFactorsView> {
  constructor(@Inject(INFRASTRUCTURE) private readonly infra: Infrastructure) {}

  async execute({ caseId, principal }: IndividualFactorsQuery): Promise<IndividualFactorsView> {
    const file = await readableCaseFile(this.infra.readModels, principal, caseId);
    const open = file.individualFactors;
    if (!maySeeSensitive(principal, file.case)) return { current: byFactor(open.current), history: open.history, sensitiveWithheld: true };
    const sensitive = file.sensitive.individualFactors;
    const notes = new Map(file.sensitive.factorNotes.map((n) => [n.eventId, n.note]));
    const withNote = (entry: FactorEntry): FactorEntry => (notes.has(entry.eventId) ? { ...entry, note: notes.get(entry.eventId) } : entry);
    return {
      current: byFactor([...open.current.map(withNote), ...sensitive.current]),
      history: [...open.history.map(withNote), ...sensitive.history].sort((a, b) => a.assessedAt.localeCompare(b.assessedAt) || a.eventId.localeCompare(b.eventId)),
      sensitiveWithheld: false,
    };
  }
}

const byFactor = (entries: FactorEntry[]): FactorEntry[] =>
  [...entries].sort((a, b) => INDIVIDUAL_FACTORS.indexOf(a.factor) - INDIVIDUAL_FACTORS.indexOf(b.factor));
