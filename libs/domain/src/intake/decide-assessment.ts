import { IntakeError } from './intake.errors';
import { type CaseEvent, SERVICE_FOR } from '@homeward/contracts/intake';
import { openCase, requireAssistanceConsent } from './case.guards';
import type { AssessIndividualFactor, MarkUrgentNeedAddressed, RecordVulnerabilityScreening } from './case.commands';
import type { CaseState } from './case.state';

export function assessIndividualFactor({ data, metadata }: AssessIndividualFactor, state: CaseState): CaseEvent[] {
  const open = openCase(state, data.caseId);
  requireAssistanceConsent(open, metadata.today);
  return [
    {
      type: 'intake.IndividualFactorAssessed',
      data: { caseId: open.caseId, assessedAt: metadata.now, personal: { factor: data.factor, assessment: data.assessment, note: data.note } },
    },
  ];
}

/**
 * Screening is assessment, so it needs consent to assistance, except that a disclosed
 * life-threatening need is recorded and escalated regardless. Urgent findings raise an
 * urgent need at once.
 */
export function recordVulnerabilityScreening({ data, metadata }: RecordVulnerabilityScreening, state: CaseState): CaseEvent[] {
  const open = openCase(state, data.caseId);
  if (data.urgency !== 'life_threatening') requireAssistanceConsent(open, metadata.today);
  if (open.screenings.includes(data.screeningId)) throw new IntakeError('SCREENING_ALREADY_RECORDED', `Screening ${data.screeningId} is already recorded`, 'screeningId');
  const screened: CaseEvent = {
    type: 'intake.VulnerabilityScreened',
    data: {
      caseId: open.caseId,
      screeningId: data.screeningId,
      urgency: data.urgency,
      screenedAt: metadata.now,
      personal: { area: data.area, ...(data.details ? { details: data.details } : {}), derived: false },
    },
  };
  if (data.urgency === 'routine') return [screened];
  return [
    screened,
    {
      type: 'intake.UrgentNeedIdentified',
      data: {
        caseId: open.caseId,
        returneeId: open.returneeId,
        needId: data.needId,
        screeningId: data.screeningId,
        serviceNeeded: SERVICE_FOR[data.area],
        urgency: data.urgency,
        identifiedAt: metadata.now,
        office: open.office,
      },
    },
  ];
}

export function markUrgentNeedAddressed({ data, metadata }: MarkUrgentNeedAddressed, state: CaseState): CaseEvent[] {
  const open = openCase(state, data.caseId);
  const need = open.urgentNeeds[data.needId];
  if (!need) throw new IntakeError('URGENT_NEED_NOT_FOUND', `No urgent need ${data.needId} in this case`, 'needId');
  if (need === 'addressed') throw new IntakeError('URGENT_NEED_ALREADY_ADDRESSED', `Urgent need ${data.needId} is already addressed`, 'needId');
  return [
    {
      type: 'intake.UrgentNeedAddressed',
      data: { caseId: open.caseId, needId: data.needId, addressedAt: metadata.now, ...(data.note ? { personal: { note: data.note } } : {}) },
    },
  ];
}
