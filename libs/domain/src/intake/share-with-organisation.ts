import { mayReceive } from '../consent/consent-register';
import type { CommandMetadata } from '../shared/command-metadata';
import type { CaseEvent, ReturneeDetails } from '@homeward/contracts/intake';
import { evolveCase, type CaseState, type OpenCase } from './case.state';

/** Events after which the organisation's services would hold an out-of-date copy of the returnee's details. */
const CHANGES_DETAILS: ReadonlySet<CaseEvent['type']> = new Set(['intake.IdentityCorrected', 'intake.ContactDetailsChanged', 'intake.FamilyMemberJoined', 'intake.FamilyMemberLeft']);

/**
 * Consent to assistance covers the organisation's own case management: while it stands, planning,
 * referrals and monitoring are told who the returnee is (intake.ReturneeDetailsShared, whose personal
 * part travels sealed). Decided here, with the events that give the consent or change the details,
 * so that what was shared is in the history and a replay shares nothing new; without that consent,
 * or once it is refused or withdrawn, nothing is.
 */
export function withDetailsShared(before: CaseState, events: CaseEvent[], metadata: CommandMetadata): CaseEvent[] {
  if (!events.some((e) => CHANGES_DETAILS.has(e.type) || (e.type === 'intake.ConsentGiven' && e.data.purpose === 'assistance'))) return events;
  const after = events.reduce(evolveCase, before);
  if (after.status === 'none') return events;
  const assistance = mayReceive(after.consents, { purpose: 'assistance', on: metadata.today });
  if (!assistance.allowed) return events;
  const shared: CaseEvent = {
    type: 'intake.ReturneeDetailsShared',
    data: { caseId: after.caseId, returneeId: after.returneeId, consentId: assistance.consentId, sharedAt: metadata.now, personal: detailsOf(after) },
  };
  return [...events, shared];
}

function detailsOf(open: OpenCase): ReturneeDetails {
  return { ...open.identity, dateOfBirth: open.dateOfBirth, languages: open.languages, ...open.contact, familyMembers: open.familyMembers };
}
