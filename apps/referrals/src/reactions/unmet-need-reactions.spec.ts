import type { RecordedEvent } from '@homeward/events';
import { commandsFor } from '@homeward/events';
import { noteErasureWhenReturneeErased } from './erasure-reactions';
import { unmetNeedWhenPlanProviderOutsideDirectory } from './unmet-need-reactions';

const requested = (provider?: object): RecordedEvent =>
  ({
    eventId: 'evt-plan-1',
    streamId: 'inbox.planning.plan-c-1',
    type: 'planning.ReferralRequested',
    country: 'SN',
    data: { caseId: 'c-1', planVersion: 1, elementId: 'e-legal', elementType: 'legal_documentation', ...(provider ? { provider } : {}), requestedAt: '2027-01-07T10:00:00.000Z' },
  }) as unknown as RecordedEvent;

describe('What referrals does when planning asks for an outside service', () => {
  it('a provider named only in free text: the need is recorded as unmet, for the element, in the plan’s country', () => {
    expect(commandsFor(unmetNeedWhenPlanProviderOutsideDirectory, requested({ name: 'Maître Ndiaye, avocate', contact: '+221 33 000 00 00' }))).toEqual([
      { type: 'RecordUnmetNeed', data: { caseId: 'c-1', unmetNeedId: 'evt-plan-1', serviceType: 'legal_documentation', country: 'SN', source: 'plan_element', sourceId: 'e-legal' } },
    ]);
  });

  it('a provider of the directory, or none named, is not this reaction’s', () => {
    expect(commandsFor(unmetNeedWhenPlanProviderOutsideDirectory, requested({ providerId: 'prov-legal' }))).toEqual([]);
    expect(commandsFor(unmetNeedWhenPlanProviderOutsideDirectory, requested())).toEqual([]);
  });

  it('an erasure in intake is noted on her referrals', () => {
    const erased = { type: 'intake.ReturneeErased', data: { caseId: 'c-1', returneeId: 'r-1', erasedAt: '2027-02-01T08:00:00.000Z', reason: 'data_subject_request' } } as unknown as RecordedEvent;
    expect(commandsFor(noteErasureWhenReturneeErased, erased)).toEqual([{ type: 'NoteErasure', data: { caseId: 'c-1', erasedAt: '2027-02-01T08:00:00.000Z' } }]);
  });
});
