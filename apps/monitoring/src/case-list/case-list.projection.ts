import type { CaseOpened } from '@homeward/domain';
import type { Projection, RecordedEvent } from '@homeward/events';

/** Monitoring's list of cases: no personal data, only what follow-up planning needs. */
export interface CaseListItem {
  caseId: string;
  returneeId: string;
  hostCountry: string;
  countryOfOrigin: string;
  plannedReturnDate: string;
  caseManagerId: string;
  openedAt: string;
  status: 'open';
}

export const CASE_LIST = 'case_list';

export const caseListProjection: Projection<CaseListItem> = {
  name: 'monitoring.case-list',
  collection: CASE_LIST,
  handles: ['intake.CaseOpened'],
  documentId: (event: RecordedEvent) => String(event.data.caseId),
  evolve: (_doc, event) => {
    const data = event.data as unknown as CaseOpened['data'];
    return {
      caseId: data.caseId,
      returneeId: data.returneeId,
      hostCountry: data.hostCountry,
      countryOfOrigin: data.countryOfOrigin,
      plannedReturnDate: data.plannedReturnDate,
      caseManagerId: data.caseManagerId,
      openedAt: data.openedAt,
      status: 'open',
    };
  },
};
