import { ERASED, officeOf } from '@homeward/contracts/intake';
import type { Projection } from '@homeward/events';
import { caseIdOf, overErasedParts, type CaseEventOf, type CaseFact } from '../case-file/recorded-case-event';
import { identityKeys, nameTokens, RETURNEE_INDEX } from './identity-key';

/** One registered returnee, findable by name parts and date of birth, and by identity for duplicate checks. */
export interface ReturneeIndexEntry {
  caseId: string;
  returneeId: string;
  firstName: string;
  lastName: string;
  nameTokens: string[];
  /** Any key in common with another record makes the two likely duplicates. */
  identityKeys: string[];
  dateOfBirth: string;
  nationality: string;
  hostCountry: string;
  countryOfOrigin: string;
  office: string;
}

const HANDLES = ['intake.ReturneeRegistered', 'intake.IdentityCorrected', 'intake.CaseOpened', 'intake.CaseTransferred', 'intake.ReturneeErased'] as const;
type IndexFact = CaseFact<(typeof HANDLES)[number]>;

export const returneeIndexProjection: Projection<ReturneeIndexEntry, CaseEventOf<(typeof HANDLES)[number]>> = {
  name: 'intake.returnee-index',
  collection: RETURNEE_INDEX,
  // Search by a name part (and a birth date), or by the birth date within a country; the duplicate check by its key.
  indexes: [
    { fields: ['nameTokens'], multiValued: true },
    { fields: ['dateOfBirth', 'hostCountry'] },
    { fields: ['dateOfBirth', 'countryOfOrigin'] },
    { fields: ['dateOfBirth'] },
    { fields: ['identityKeys'], multiValued: true },
  ],
  handles: HANDLES,
  documentId: caseIdOf,
  evolve: overErasedParts(evolveIndex),
};

function evolveIndex(entry: ReturneeIndexEntry | null, fact: IndexFact): ReturneeIndexEntry | null {
  switch (fact.type) {
    case 'intake.ReturneeRegistered': {
      const { caseId, returneeId, nationality, personal } = fact.data;
      const { firstName, lastName, dateOfBirth } = personal;
      const person = { firstName, lastName, dateOfBirth, nationality };
      // Indexed at once, before the case opens: registration's duplicate check reads identityKeys.
      return entry ?? { caseId, returneeId, ...person, nameTokens: nameTokens(firstName, lastName), identityKeys: identityKeys(person), hostCountry: '', countryOfOrigin: '', office: '' };
    }
    case 'intake.IdentityCorrected': {
      if (!entry) return null;
      const { firstName = entry.firstName, lastName = entry.lastName, dateOfBirth = entry.dateOfBirth } = fact.data.personal;
      const person = { firstName, lastName, dateOfBirth, nationality: fact.data.nationality ?? entry.nationality };
      return { ...entry, ...person, nameTokens: nameTokens(firstName, lastName), identityKeys: identityKeys(person) };
    }
    case 'intake.CaseOpened':
      return entry && { ...entry, hostCountry: fact.data.hostCountry, countryOfOrigin: fact.data.countryOfOrigin, office: officeOf(fact.data) };
    case 'intake.CaseTransferred':
      return entry && { ...entry, office: fact.data.toCountry };
    case 'intake.ReturneeErased':
      // Nothing to be found by, no key to match: an erased person is never anyone's likely duplicate.
      return entry && { ...entry, firstName: ERASED, lastName: ERASED, dateOfBirth: ERASED, nameTokens: [], identityKeys: [] };
  }
}
