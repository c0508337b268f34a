import { DETAILS_UNDER_ASSISTANCE_EVENTS, evolveDetailsUnderAssistance, type DetailsUnderAssistance } from '@homeward/domain';
import { officeOf, type IntakeTopicEvent, type ReturneeDetails, type Sex } from '@homeward/contracts/intake';
import type { Projection } from '@homeward/events';

/**
 * What a referral may carry of the returnee, as intake shares it under her consent to assistance:
 * the fields of the minimum data sets and nothing else. Her date of birth stays only to give her age
 * on the day a referral leaves (an age kept would be wrong after her birthday); her first language is
 * the one she speaks best. Intake's details name no administrative area, so `area` never comes from here.
 */
export interface ReturneeForReferral {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  language?: string;
  phone?: string;
}

/**
 * One per case: who holds it (the office and its own case manager) and her details while she consents
 * to assistance. Referrals' writes about a case and its protected reads are judged on who holds it.
 */
export interface CaseDetailsDocument extends DetailsUnderAssistance<ReturneeForReferral> {
  caseId: string;
  /** The office holding the case (registration, then each transfer or assignment): its staff write the case's referrals. */
  office?: string;
  /** Her own case manager in that office; absent while a transferred case waits for one of the receiving office. */
  caseManagerId?: string;
  /** Host and origin, and each office that held it since: staff of any read the case's referrals, as in intake. */
  countries: string[];
  /** Intake publishes it outside the personal part (for statistics); a referral carries it only beside her details. */
  sex?: Sex;
}

export const CASE_DETAILS = 'case_details';

const HANDLES = [
  'intake.CaseOpened',
  'intake.CaseTransferred',
  'intake.CaseAssigned',
  'intake.ReturneeRegistered',
  'intake.IdentityCorrected',
  ...DETAILS_UNDER_ASSISTANCE_EVENTS,
] as const;
type CaseFact = Extract<IntakeTopicEvent, { type: (typeof HANDLES)[number] }>;

export const caseDetailsProjection: Projection<CaseDetailsDocument, CaseFact> = {
  name: 'referrals.case-details',
  collection: CASE_DETAILS,
  // Read by case id alone, the document's own key: no query needs another index.
  indexes: [],
  handles: HANDLES,
  documentId: (event) => event.data.caseId,
  evolve: evolveCaseDetails,
};

function evolveCaseDetails(stored: CaseDetailsDocument | null, fact: CaseFact): CaseDetailsDocument {
  const doc = stored ?? { caseId: fact.data.caseId, countries: [], basis: { assistanceConsents: [] } };
  switch (fact.type) {
    case 'intake.CaseOpened': {
      const { hostCountry, countryOfOrigin, caseManagerId } = fact.data;
      return { ...doc, office: officeOf(fact.data), caseManagerId, countries: [...new Set([hostCountry, countryOfOrigin])] };
    }
    case 'intake.CaseTransferred': {
      // Her case manager stays behind: the receiving office assigns one of its own.
      const { caseManagerId: _left, ...held } = doc;
      return { ...held, office: fact.data.toCountry, countries: [...new Set([...doc.countries, fact.data.toCountry])] };
    }
    case 'intake.CaseAssigned': {
      const { office, caseManagerId } = fact.data;
      return { ...doc, office, caseManagerId, countries: [...new Set([...doc.countries, office])] };
    }
    case 'intake.ReturneeRegistered':
    case 'intake.IdentityCorrected':
      return fact.data.sex && !doc.erasedAt ? { ...doc, sex: fact.data.sex } : doc;
    case 'intake.ReturneeErased': {
      const { sex: _sex, ...rest } = doc;
      return evolveDetailsUnderAssistance(rest, fact, pickForReferral);
    }
    default:
      return evolveDetailsUnderAssistance(doc, fact, pickForReferral);
  }
}

/** The fields of the minimum data sets; her first language is the one she speaks best. */
const pickForReferral = ({ firstName, lastName, dateOfBirth, languages, phone }: ReturneeDetails): ReturneeForReferral => ({
  firstName,
  lastName,
  dateOfBirth,
  ...(languages[0] ? { language: languages[0] } : {}),
  ...(phone ? { phone } : {}),
});
