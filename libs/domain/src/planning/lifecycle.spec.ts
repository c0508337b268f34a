import { PLANNING_ERRORS } from './planning.errors';
import { activate, active, afterCommands, approve, approved, awaPlan, command, draft, drafted, given, NOW, planDue, stateOf, submit, submitted, SUPERVISOR } from './testing/plan-fixtures';

const revise = (content?: ReturnType<typeof awaPlan>) => command('RevisePlan', { reason: 'She moved to Thiès', ...(content ? { content } : {}) });

describe('A plan goes draft → submitted → approved → active', () => {
  it('follows its versions through each stage', () => {
    expect([planDue(), drafted(), submitted(), approved(), active()].map((h) => stateOf(h).status)).toEqual(['due', 'draft', 'submitted', 'approved', 'active']);
  });

  it('is submitted with its version number', () => {
    given(drafted()).when(submit()).then([{ type: 'planning.PlanSubmitted', data: { caseId: 'c-1', version: 1, submittedAt: NOW } }]);
  });

  it('cannot be submitted without an exit strategy (handbook 2.3.3)', () => {
    const { exitStrategy: _none, ...withoutExit } = awaPlan();
    given(afterCommands(planDue(), draft(withoutExit))).when(submit()).thenThrows('EXIT_STRATEGY_REQUIRED', { field: 'exitStrategy' });
    given(afterCommands(planDue(), draft(awaPlan({ exitStrategy: '   ' })))).when(submit()).thenThrows('EXIT_STRATEGY_REQUIRED');
  });

  it('cannot be submitted without an element', () => {
    given(afterCommands(planDue(), draft(awaPlan({ elements: [] })))).when(submit()).thenThrows('PLAN_HAS_NO_ELEMENTS');
  });

  it('is submitted once, by the number of its latest version', () => {
    given(submitted()).when(submit()).thenThrows('PLAN_ALREADY_SUBMITTED');
    given(drafted()).when(submit(2)).thenThrows('PLAN_VERSION_NOT_FOUND', { field: 'version' });
  });

  it('is approved by a supervisor only', () => {
    given(submitted()).when(command('ApprovePlan', { version: 1 })).thenThrows('SUPERVISOR_ONLY');
    given(submitted()).when(approve()).then([{ type: 'planning.PlanApproved', data: { caseId: 'c-1', version: 1, approvedBy: 'sup-sn-1', approvedAt: NOW } }]);
  });

  it('approving what is already approved is a conflict (409)', () => {
    given(approved()).when(approve()).thenThrows('PLAN_ALREADY_APPROVED');
    given(active()).when(approve()).thenThrows('PLAN_ALREADY_APPROVED');
    expect(PLANNING_ERRORS.PLAN_ALREADY_APPROVED.status).toBe(409);
  });

  it('a draft is submitted before it is approved, and approved before it is activated', () => {
    given(drafted()).when(approve()).thenThrows('PLAN_NOT_SUBMITTED');
    given(submitted()).when(activate()).thenThrows('PLAN_NOT_APPROVED');
    given(active()).when(activate()).thenThrows('PLAN_ALREADY_ACTIVE');
  });
});

describe('A plan in force changes by a new version, with its reason', () => {
  it('revising records version 2 from version 1, starting from its content; the reason is personal', () => {
    given(active()).when(revise()).thenMatches([
      { type: 'planning.PlanRevised', data: { version: 2, fromVersion: 1, revisedOn: '2027-01-05', estimatedDurationMonths: 12, personal: { reason: 'She moved to Thiès', exitStrategy: awaPlan().exitStrategy } } },
    ]);
  });

  it('while the revision is worked on, version 1 stays in force and the plan reads as revised', () => {
    const revised = afterCommands(active(), revise());
    expect(stateOf(revised)).toMatchObject({ status: 'revised', versions: [{ number: 1, status: 'active' }, { number: 2, status: 'draft' }] });
    given(revised).when(draft(awaPlan({ estimatedDurationMonths: 9 }))).thenMatches([{ type: 'planning.PlanDrafted', data: { version: 2, estimatedDurationMonths: 9 } }]);
  });

  it('one revision at a time; a plan not yet in force is changed as a draft, not revised', () => {
    given(afterCommands(active(), revise())).when(revise()).thenThrows('REVISION_PENDING');
    given(drafted()).when(revise()).thenThrows('PLAN_NOT_ACTIVE');
  });

  it('a command naming an older version than the latest is refused', () => {
    given(afterCommands(active(), revise())).when(submit(1)).thenThrows('PLAN_VERSION_NOT_LATEST');
  });
});

describe('A plan ends completed or closed', () => {
  it('is completed from the version in force, as its exit strategy says', () => {
    given(active()).when(command('CompletePlan', { note: 'Shop open for eight months' })).then([
      { type: 'planning.PlanCompleted', data: { caseId: 'c-1', version: 1, completedAt: NOW, personal: { note: 'Shop open for eight months' } } },
    ]);
  });

  it('is not completed before a version is in force, nor while a revision is under way', () => {
    given(approved()).when(command('CompletePlan', {})).thenThrows('PLAN_NOT_ACTIVE');
    given(afterCommands(active(), revise())).when(command('CompletePlan', {})).thenThrows('REVISION_PENDING');
  });

  it('is closed at any stage, with the reason', () => {
    given(drafted()).when(command('ClosePlan', { reason: 'contact_lost', note: 'Phone off for three months' })).then([
      { type: 'planning.PlanClosed', data: { caseId: 'c-1', reason: 'contact_lost', closedAt: NOW, personal: { note: 'Phone off for three months' } } },
    ]);
  });

  it('once ended, nothing changes it', () => {
    const closed = afterCommands(active(), command('ClosePlan', { reason: 'returnee_withdrew' }));
    given(closed).when(revise()).thenThrows('PLAN_ENDED');
    given(closed).when(command('ClosePlan', { reason: 'other' })).thenThrows('PLAN_ENDED');
    given(afterCommands(active(), command('CompletePlan', {}))).when(command('GrantDerogation', { dueOn: '2027-06-01', reason: 'x' }, SUPERVISOR)).thenThrows('PLAN_ENDED');
  });
});
