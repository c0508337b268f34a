import { caseListProjection } from './case-list.projection';
import type { RecordedEvent } from '@homeward/events';

const opened = {
  type: 'intake.CaseOpened',
  globalPosition: 7,
  data: { caseId: 'c-1', returneeId: 'r-1', hostCountry: 'MA', countryOfOrigin: 'SN', plannedReturnDate: '2026-12-15', caseManagerId: 'cm-7', openedAt: '2026-11-23T09:00:00.000Z' },
} as unknown as RecordedEvent;

describe('Monitoring case list', () => {
  it('lists a case once intake opens it, under the case id', () => {
    expect(caseListProjection.documentId(opened)).toBe('c-1');
    expect(caseListProjection.evolve(null, opened)).toEqual({
      caseId: 'c-1', returneeId: 'r-1', hostCountry: 'MA', countryOfOrigin: 'SN',
      plannedReturnDate: '2026-12-15', caseManagerId: 'cm-7', openedAt: '2026-11-23T09:00:00.000Z', status: 'open',
    });
  });
});
