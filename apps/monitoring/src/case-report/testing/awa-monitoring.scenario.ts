import { randomUUID } from 'node:crypto';
import { decideMonitoring, evolveMonitoring, HANDBOOK_SCHEDULE_RULES, initialMonitoringState, type MonitoringCommand } from '@homeward/domain';
import { PROVISIONAL_RSS_TABLE, type MonitoringEvent } from '@homeward/contracts/monitoring';
import type { PlanningTopicEvent } from '@homeward/contracts/planning';
import type { ReferralsTopicEvent } from '@homeward/contracts/referrals';
import type { RecordedEvent } from '@homeward/events';

/**
 * For specs and the README's picture: a year of Awa's monitoring in Dakar, made by monitoring's
 * decider as the service makes it, with what planning's and referrals' topics told monitoring.
 */
export const AWA_CASE = '0190a6f4-7c2e-7b3a-9d1e-5a1f0c2b3d4e';
export const ELEMENTS = [
  { elementId: 'e-grant', type: 'financial_allocation' },
  { elementId: 'e-training', type: 'vocational_training' },
  { elementId: 'e-counselling', type: 'psychosocial' },
] as const;

type Input<C extends MonitoringCommand> = C extends unknown ? { type: C['type']; data: Omit<C['data'], 'caseId'> } : never;
const answers = (all: number, over: Record<string, number> = {}) => ({ ...Object.fromEntries(PROVISIONAL_RSS_TABLE.indicators.map((i) => [i.indicatorId, all])), ...over });
const survey = (surveyId: string, conductedOn: string, all: number): Input<MonitoringCommand> => ({ type: 'RecordRssSurvey', data: { surveyId, conductedOn, answers: answers(all), table: PROVISIONAL_RSS_TABLE, dropThreshold: 0.1 } });
const point = (pointId: string, occurredOn: string, dimension: 'economic' | 'social' | 'psychosocial', direction: 'up' | 'down', intensity: number, whatHappened: string): Input<MonitoringCommand> => ({
  type: 'RecordWModelPoint',
  data: { pointId, occurredOn, dimension, direction, intensity, whatHappened },
});

/** What was recorded, day by day: [the day it was recorded, the command]. */
export const AWA_YEAR: Array<[string, Input<MonitoringCommand>]> = [
  ['2027-01-10', { type: 'NoteApprovedPlan', data: { planVersion: 1, planCreatedOn: '2027-01-05', approvedOn: '2027-01-10', country: 'SN', elements: [...ELEMENTS], rules: HANDBOOK_SCHEDULE_RULES } }],
  ['2027-01-12', survey('s-baseline', '2027-01-12', 3)],
  ['2027-01-20', point('w-1', '2027-01-20', 'economic', 'up', 3, 'Received the start-up grant')],
  [
    '2027-01-25',
    { type: 'RecordFollowUpMeeting', data: { meetingId: 'm-1', heldOn: '2027-01-25', mode: 'face_to_face', attendees: ['returnee', 'case_manager'], elementStatuses: [{ elementId: 'e-training', status: 'in_progress' }], feedback: 'Glad to start' } },
  ],
  ['2027-02-15', point('w-2', '2027-02-15', 'social', 'down', 2, 'Quarrel with her uncle over the shop')],
  ['2027-03-10', { type: 'RecordFollowUpMeeting', data: { meetingId: 'm-2', heldOn: '2027-03-10', mode: 'phone', attendees: ['returnee', 'case_manager'], elementStatuses: [{ elementId: 'e-grant', status: 'delivered' }] } }],
  ['2027-03-20', point('w-3', '2027-03-20', 'economic', 'down', 4, 'The shop was flooded')],
  ['2027-04-12', survey('s-q1', '2027-04-12', 2)],
  ['2027-04-25', point('w-4', '2027-04-25', 'psychosocial', 'up', 2, 'Joined a women’s savings group')],
  [
    '2027-05-20',
    { type: 'RecordFollowUpMeeting', data: { meetingId: 'm-3', heldOn: '2027-05-20', mode: 'home_visit', attendees: ['returnee', 'case_manager', 'family_member'], elementStatuses: [{ elementId: 'e-training', status: 'delivered' }, { elementId: 'e-counselling', status: 'in_progress' }] } },
  ],
  ['2027-06-01', point('w-5', '2027-06-01', 'economic', 'up', 4, 'First large order of school uniforms')],
  ['2027-07-12', survey('s-q2', '2027-07-12', 4)],
  ['2027-07-13', { type: 'IssueReport', data: { report: 'mid_term', issuedOn: '2027-07-13' } }],
  ['2027-08-20', point('w-6', '2027-08-20', 'social', 'up', 3, 'Her uncle now helps at the market')],
  ['2028-01-15', { type: 'CloseMonitoring', data: { reason: 'exit_strategy_completed', closedOn: '2028-01-15', handover: [{ organisation: 'Chambre des métiers de Dakar', dimension: 'economic' }], note: 'Trading steadily' } }],
];

/** Awa's monitoring events as the decider makes them, up to and including `until` (a day), or all of them. */
export function awaMonitoringEvents(until = '9999-12-31', caseId = AWA_CASE): MonitoringEvent[] {
  let state = initialMonitoringState();
  const events: MonitoringEvent[] = [];
  for (const [day, input] of AWA_YEAR) {
    if (day > until) break;
    const command = { ...input, data: { ...input.data, caseId }, metadata: { now: `${day}T12:00:00.000Z`, today: day, userId: 'cm-sn-1', role: 'case_manager' } } as MonitoringCommand;
    for (const event of decideMonitoring(command, state)) {
      events.push(event);
      state = evolveMonitoring(state, event);
    }
  }
  return events;
}

/** What planning's topic told monitoring of her plan: its version, drafted then approved and in force. */
export const awaPlanFacts = (caseId = AWA_CASE): PlanningTopicEvent[] => [
  {
    type: 'planning.PlanDrafted',
    data: {
      caseId,
      version: 1,
      draftedOn: '2027-01-05',
      draftedAt: '2027-01-05T10:00:00.000Z',
      elements: [
        { elementId: 'e-grant', type: 'financial_allocation', responsibility: 'case_manager', status: 'planned' },
        { elementId: 'e-training', type: 'vocational_training', provider: { providerId: 'prov-tvet' }, responsibility: 'provider', status: 'planned' },
        { elementId: 'e-counselling', type: 'psychosocial', responsibility: 'provider', status: 'planned' },
      ],
    },
  },
  { type: 'planning.PlanApproved', data: { caseId, version: 1, approvedBy: 'sup-sn-1', approvedAt: '2027-01-10T09:00:00.000Z' } },
  { type: 'planning.PlanActivated', data: { caseId, version: 1, activatedAt: '2027-01-11T09:00:00.000Z', consent: { consentId: 'k-1', formVersion: 'v3', language: 'fr', decidedOn: '2027-01-11' }, referralConsentIds: ['k-2'] } },
];

/** What referrals' topic told monitoring: the training referral went all the way; the counselling one was declined. */
export const awaReferralFacts = (caseId = AWA_CASE): ReferralsTopicEvent[] => [
  { type: 'referrals.ReferralRequested', data: { caseId, referralId: 'r-training', source: { kind: 'plan_element', planVersion: 1, elementId: 'e-training' }, serviceType: 'vocational_training', providerId: 'prov-tvet', office: 'SN', requestedAt: '2027-01-11T10:00:00.000Z' } },
  { type: 'referrals.ReferralSent', data: { caseId, referralId: 'r-training', providerId: 'prov-tvet', serviceType: 'vocational_training', sharedFields: ['firstName'], consentId: 'k-2', sentAt: '2027-01-11T11:00:00.000Z' } },
  { type: 'referrals.ReferralAccepted', data: { caseId, referralId: 'r-training', providerId: 'prov-tvet', acceptedAt: '2027-01-14T09:00:00.000Z' } },
  { type: 'referrals.ServiceDelivered', data: { caseId, referralId: 'r-training', deliveredOn: '2027-05-15', recordedAt: '2027-05-16T09:00:00.000Z' } },
  { type: 'referrals.ReferralFollowedUp', data: { caseId, referralId: 'r-training', outcome: 'need_met', followedUpOn: '2027-05-20', recordedAt: '2027-05-20T15:00:00.000Z' } },
  { type: 'referrals.ReferralRequested', data: { caseId, referralId: 'r-counselling', source: { kind: 'case_manager' }, serviceType: 'psychosocial', providerId: 'prov-jamm', office: 'SN', requestedAt: '2027-02-01T10:00:00.000Z' } },
  { type: 'referrals.ReferralDeclined', data: { caseId, referralId: 'r-counselling', providerId: 'prov-jamm', reason: 'no_capacity', declinedAt: '2027-02-03T10:00:00.000Z' } },
];

/** Events as a store records them, in the order given (for projection specs). */
export function recorded(events: Array<{ type: string; data: object }>, country = 'SN'): RecordedEvent[] {
  return events.map((e, i) => ({
    eventId: randomUUID(),
    streamId: `${e.type.split('.')[0]}-${(e.data as { caseId: string }).caseId}`,
    streamVersion: i + 1,
    globalPosition: i + 1,
    type: e.type,
    schemaVersion: 1,
    occurredAt: '2027-01-10T12:00:00.000Z',
    recordedAt: '2027-01-10T12:00:00.000Z',
    actor: { userId: 'cm-sn-1', role: 'case_manager' },
    country,
    correlationId: randomUUID(),
    causationId: null,
    data: e.data as RecordedEvent['data'],
  }));
}

/** The whole year in the order monitoring would have read it: planning's and referrals' facts first, then its own. */
export const awaYear = (caseId = AWA_CASE) => recorded([...awaPlanFacts(caseId), ...awaReferralFacts(caseId), ...awaMonitoringEvents(undefined, caseId)]);
