import type { PlanningTopicEvent } from '@homeward/contracts/planning';
import type { Recorded } from '@homeward/events';
import { approvedVersionOf } from './approved-version';
import { followPlanWhenPlanningDecides } from './planning-reactions';

const react = (type: string, data: object) => followPlanWhenPlanningDecides.react({ type, data } as unknown as Recorded<PlanningTopicEvent>);
const element = (elementId: string, type: string) => ({ elementId, type, description: 'x', responsibility: 'case_manager', status: 'planned' });

describe('Monitoring follows what planning decides of a plan', () => {
  it('an approved version is followed from its approval; its elements and rules are the dispatcher’s to read', () => {
    expect(react('planning.PlanApproved', { caseId: 'c-1', version: 2, approvedBy: 'sup', approvedAt: '2027-05-01T10:00:00.000Z' })).toEqual([
      { type: 'NoteApprovedPlanOf', data: { caseId: 'c-1', planVersion: 2, approvedAt: '2027-05-01T10:00:00.000Z' } },
    ]);
  });

  it('a plan completed or closed ends the schedule, with how it ended', () => {
    expect(react('planning.PlanCompleted', { caseId: 'c-1', version: 1, completedAt: '2027-12-01T10:00:00.000Z' })).toEqual([{ type: 'NotePlanEndedAt', data: { caseId: 'c-1', outcome: 'completed', endedAt: '2027-12-01T10:00:00.000Z' } }]);
    expect(react('planning.PlanClosed', { caseId: 'c-1', reason: 'contact_lost', closedAt: '2027-12-01T10:00:00.000Z' })).toEqual([{ type: 'NotePlanEndedAt', data: { caseId: 'c-1', outcome: 'closed', endedAt: '2027-12-01T10:00:00.000Z' } }]);
  });

  it('a revision waits for its approval: nothing yet', () => {
    expect(react('planning.PlanRevised', { caseId: 'c-1', version: 2 })).toEqual([]);
    expect(followPlanWhenPlanningDecides.handles).not.toContain('planning.PlanRevised');
  });
});

describe('The approved version, read from planning’s events in monitoring’s inbox', () => {
  const due = { type: 'planning.PlanDue', data: { caseId: 'c-1', country: 'SN', arrivalDate: '2027-01-01', dueOn: '2027-02-01' } };
  const drafted = (version: number, draftedOn: string, elements: object[]) => ({ type: 'planning.PlanDrafted', data: { caseId: 'c-1', version, draftedOn, elements } });
  const revised = (version: number, elements: object[]) => ({ type: 'planning.PlanRevised', data: { caseId: 'c-1', version, fromVersion: version - 1, revisedOn: '2027-04-01', elements } });

  it('takes the country of the clock, the first draft’s day and the elements of the version’s last draft (ids and types)', () => {
    const events = [due, drafted(1, '2027-01-05', [element('e-1', 'housing')]), drafted(1, '2027-01-06', [element('e-1', 'housing'), element('e-2', 'psychosocial')])];
    expect(approvedVersionOf(events, 1)).toEqual({ country: 'SN', planCreatedOn: '2027-01-05', elements: [{ elementId: 'e-1', type: 'housing' }, { elementId: 'e-2', type: 'psychosocial' }] });
  });

  it('reads a revision’s elements for its version, the plan’s creation day staying the first draft’s', () => {
    const events = [due, drafted(1, '2027-01-05', [element('e-1', 'housing')]), revised(2, [element('e-3', 'education_and_skills')])];
    expect(approvedVersionOf(events, 2)).toEqual({ country: 'SN', planCreatedOn: '2027-01-05', elements: [{ elementId: 'e-3', type: 'education_and_skills' }] });
  });

  it('is not known while the inbox lacks part of it', () => {
    expect(approvedVersionOf([drafted(1, '2027-01-05', [])], 1)).toBeUndefined();
    expect(approvedVersionOf([due, drafted(1, '2027-01-05', [])], 2)).toBeUndefined();
  });
});
