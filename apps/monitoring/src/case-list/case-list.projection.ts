import type { CaseOpened } from '@homeward/domain';
import type { Projection, RecordedEvent } from '@homeward/events';

/** Monitoring's list of cases: no personal data, only what follow-up planning needs. */
export type CaseListItem = CaseOpened['data'] & { status: 'open' };

export const CASE_LIST = 'case_list';

export const caseListProjection: Projection<CaseListItem> = {
  name: 'monitoring.case-list',
  collection: CASE_LIST,
  handles: ['intake.CaseOpened'],
  documentId: (event: RecordedEvent) => String(event.data.caseId),
  evolve: (_doc, event) => {
    // Fields are picked one by one: a later version of the event must not reach this list unreviewed.
    const { caseId, returneeId, hostCountry, countryOfOrigin, plannedReturnDate, caseManagerId, openedAt } = event.data as unknown as CaseOpened['data'];
    return { caseId, returneeId, hostCountry, countryOfOrigin, plannedReturnDate, caseManagerId, openedAt, status: 'open' };
  },
};
