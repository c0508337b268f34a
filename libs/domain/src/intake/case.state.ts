import { exhaustive } from '../shared/exhaustive';
import type { CaseEvent } from './case.events';

export type CaseState =
  | { status: 'none' }
  | { status: 'open'; caseId: string; returneeId: string; hostCountry: string; countryOfOrigin: string; caseManagerId: string };

export const initialCaseState = (): CaseState => ({ status: 'none' });

export function evolveCase(state: CaseState, event: CaseEvent): CaseState {
  switch (event.type) {
    case 'intake.ReturneeRegistered':
      return state;
    case 'intake.CaseOpened': {
      const { caseId, returneeId, hostCountry, countryOfOrigin, caseManagerId } = event.data;
      return { status: 'open', caseId, returneeId, hostCountry, countryOfOrigin, caseManagerId };
    }
    default:
      return exhaustive(event);
  }
}
