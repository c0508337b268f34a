import { ERASED, officeOf, type UrgentNeedIdentified } from '@homeward/contracts/intake';
import type { Projection } from '@homeward/events';
import { caseIdOf, correctedNames, displayName, overErasedParts, type CaseEventOf, type CaseFact, type Names } from '../case-file/recorded-case-event';

export const URGENT_CASES = 'urgent_cases';

export type OpenNeed = Pick<UrgentNeedIdentified['data'], 'needId' | 'serviceNeeded' | 'urgency' | 'identifiedAt'>;

/**
 * A case's open urgent needs with who holds the case. One document per case, not per need:
 * a transfer moves every need of the case to the new office and case manager, and a
 * projection event touches one document.
 */
export interface UrgentCase {
  caseId: string;
  returneeName: string;
  /** What the name is made of, for corrections; not shown. */
  names?: Names;
  office: string;
  /** Absent while the case waits for a case manager in its office. */
  caseManagerId?: string;
  openNeeds: OpenNeed[];
  /** Lets the store find the cases with something open. */
  hasOpenNeeds: boolean;
  /**
   * The rank of the case's most urgent open need, for the store to sort on: the first N
   * cases by it hold the N most urgent needs. Absent while nothing is open.
   */
  priority?: string;
}

const HANDLES = [
  'intake.ReturneeRegistered',
  'intake.IdentityCorrected',
  'intake.CaseOpened',
  'intake.CaseTransferred',
  'intake.CaseAssigned',
  'intake.UrgentNeedIdentified',
  'intake.UrgentNeedAddressed',
  'intake.ReturneeErased',
] as const;
type UrgentFact = CaseFact<(typeof HANDLES)[number]>;

export const urgentCasesProjection: Projection<UrgentCase, CaseEventOf<(typeof HANDLES)[number]>> = {
  name: 'intake.urgent-cases',
  collection: URGENT_CASES,
  indexes: [{ fields: ['hasOpenNeeds', 'office', 'priority'] }, { fields: ['hasOpenNeeds', 'priority'] }],
  handles: HANDLES,
  documentId: caseIdOf,
  evolve: overErasedParts(evolveUrgentCase),
};

function evolveUrgentCase(doc: UrgentCase | null, fact: UrgentFact): UrgentCase | null {
  if (fact.type === 'intake.ReturneeRegistered') {
    const { firstName, lastName } = fact.data.personal;
    return doc ?? { caseId: fact.data.caseId, returneeName: displayName({ firstName, lastName }), names: { firstName, lastName }, office: '', openNeeds: [], hasOpenNeeds: false };
  }
  if (!doc) return null;
  switch (fact.type) {
    case 'intake.IdentityCorrected': {
      if (!doc.names) return doc;
      const names = correctedNames(doc.names, fact.data.personal);
      return { ...doc, names, returneeName: displayName(names) };
    }
    case 'intake.CaseOpened':
      return { ...doc, office: officeOf(fact.data), caseManagerId: fact.data.caseManagerId };
    case 'intake.CaseTransferred': {
      const { caseManagerId, ...rest } = doc;
      return { ...rest, office: fact.data.toCountry };
    }
    case 'intake.CaseAssigned':
      return { ...doc, caseManagerId: fact.data.caseManagerId };
    case 'intake.ReturneeErased': {
      const { names, ...rest } = doc;
      return { ...rest, returneeName: ERASED };
    }
    case 'intake.UrgentNeedIdentified': {
      const { needId, serviceNeeded, urgency, identifiedAt } = fact.data;
      return withNeeds(doc, [...doc.openNeeds.filter((n) => n.needId !== needId), { needId, serviceNeeded, urgency, identifiedAt }]);
    }
    case 'intake.UrgentNeedAddressed':
      return withNeeds(doc, doc.openNeeds.filter((n) => n.needId !== fact.data.needId));
  }
}

function withNeeds({ priority, ...doc }: UrgentCase, openNeeds: OpenNeed[]): UrgentCase {
  const [first] = [...openNeeds].sort(mostUrgentFirst);
  return { ...doc, openNeeds, hasOpenNeeds: openNeeds.length > 0, ...(first ? { priority: urgencyRank(first) } : {}) };
}

/** Life-threatening first, then the oldest: "0|2026-11-10T…" sorts before "1|2026-10-01T…". */
const urgencyRank = (need: Ranked): string => `${need.urgency === 'life_threatening' ? 0 : 1}|${need.identifiedAt}`;

type Ranked = Pick<OpenNeed, 'urgency' | 'identifiedAt'>;

export function mostUrgentFirst(a: Ranked, b: Ranked): number {
  const [x, y] = [urgencyRank(a), urgencyRank(b)];
  // By code unit, as the store compares `priority`.
  return x < y ? -1 : x > y ? 1 : 0;
}
