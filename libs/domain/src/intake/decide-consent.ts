import { mayReceive } from '../consent/consent-register';
import { ConsentError } from '../consent/consent.errors';
import { notInFuture } from '../shared/dates';
import { IntakeError } from './intake.errors';
import type { CaseEvent } from '@homeward/contracts/intake';
import { openCase, requireOwnCaseOrSupervisor } from './case.guards';
import type { GiveConsent, RefuseConsent, ShareCaseData, WithdrawConsent } from './case.commands';
import type { CaseState, OpenCase } from './case.state';

/** A consent decision as signed on the form: given or refused, per purpose and (for sharing) per named recipient. */
export function decideConsent(command: GiveConsent | RefuseConsent, state: CaseState): CaseEvent[] {
  const { data, metadata } = command;
  const open = openCase(state, data.caseId);
  if (open.consents.some((c) => c.consentId === data.consentId)) {
    throw new ConsentError('CONSENT_ALREADY_RECORDED', `Consent ${data.consentId} is already recorded; a new decision is a new form`, 'consentId');
  }
  if (data.purpose === 'data_sharing' && !data.recipient) throw new ConsentError('RECIPIENT_REQUIRED', 'Data sharing needs a named recipient', 'recipient');
  // Assistance is the programme's own: a recipient there would leave the case's status to a record it does not read.
  if (data.purpose === 'assistance' && data.recipient) throw new ConsentError('RECIPIENT_NOT_ALLOWED', 'Consent to assistance names no recipient', 'recipient');
  notInFuture(data.decidedOn, metadata.today, 'decidedOn', 'The date of the form');
  if (data.decidedOn < open.openedOn) throw new IntakeError('BEFORE_REGISTRATION', `The form cannot predate registration on ${open.openedOn}`, 'decidedOn');
  const common = {
    caseId: open.caseId,
    returneeId: open.returneeId,
    consentId: data.consentId,
    purpose: data.purpose,
    ...(data.recipient ? { recipient: data.recipient } : {}),
    decidedOn: data.decidedOn,
    formVersion: data.formVersion,
    language: data.language,
    ...(data.witness ? { witnessRole: data.witness.role, personal: { witnessName: data.witness.name } } : {}),
    recordedAt: metadata.now,
  };
  if (command.type === 'RefuseConsent') return [{ type: 'intake.ConsentRefused', data: common }];
  return [{ type: 'intake.ConsentGiven', data: { ...common, dataCategories: command.data.dataCategories } }];
}

/** Withdrawal ends a consent for good; a later change of mind is a new form. */
export function withdrawConsent({ data, metadata }: WithdrawConsent, state: CaseState): CaseEvent[] {
  const open = openCase(state, data.caseId);
  const record = open.consents.find((c) => c.consentId === data.consentId);
  if (!record) throw new ConsentError('CONSENT_NOT_FOUND', `No consent ${data.consentId} in this case`, 'consentId');
  if (record.status !== 'given') throw new ConsentError('CONSENT_NOT_ACTIVE', `Consent ${data.consentId} is ${record.status}`, 'consentId');
  notInFuture(data.withdrawnOn, metadata.today, 'withdrawnOn', 'The withdrawal date');
  if (data.withdrawnOn < record.decidedOn) throw new IntakeError('OUT_OF_RANGE', 'A consent cannot be withdrawn before it was given', 'withdrawnOn');
  return [
    {
      type: 'intake.ConsentWithdrawn',
      data: {
        caseId: open.caseId,
        returneeId: open.returneeId,
        consentId: record.consentId,
        purpose: record.purpose,
        ...(record.recipient ? { recipient: record.recipient } : {}),
        withdrawnOn: data.withdrawnOn,
        recordedAt: metadata.now,
        ...(data.reason ? { personal: { reason: data.reason } } : {}),
      },
    },
  ];
}

/**
 * Personal data leaves intake only under consent naming the recipient and covering every
 * category (the consent register's one answer), and the disclosure records which. Only the case's own case manager, or a
 * supervisor of the office holding it, discloses.
 */
export function shareCaseData({ data, metadata }: ShareCaseData, state: CaseState): CaseEvent[] {
  const open = openCase(state, data.caseId);
  requireOwnCaseOrSupervisor(open, metadata, "Only the case's own case manager or a supervisor of its office discloses its data");
  const consentIds = data.dataCategories.map((category) => consentFor(open, data, category, metadata.today));
  return [
    {
      type: 'intake.PersonalDataShared',
      data: {
        caseId: open.caseId,
        recipientId: data.recipientId,
        purpose: data.purpose,
        dataCategories: data.dataCategories,
        consentIds: [...new Set(consentIds)],
        sharedAt: metadata.now,
      },
    },
  ];
}

function consentFor(open: OpenCase, data: ShareCaseData['data'], category: ShareCaseData['data']['dataCategories'][number], on: string): string {
  const answer = mayReceive(open.consents, { purpose: data.purpose, recipientId: data.recipientId, dataCategory: category, on });
  if (answer.allowed) return answer.consentId;
  throw new ConsentError('SHARING_NOT_CONSENTED', `No consent lets ${data.recipientId} receive ${category} for ${data.purpose}: ${answer.reason}`, 'dataCategories', {
    reason: answer.reason,
    category,
  });
}
