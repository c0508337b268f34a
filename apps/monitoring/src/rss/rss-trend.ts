import type { CaseMonitoring } from '@homeward/domain';
import type { RssScores, RssTable } from '@homeward/contracts/monitoring';

export interface RssTrendPoint {
  surveyId: string;
  conductedOn: string;
  /** The version whose scores are current for this survey. */
  tableVersion: string;
  scores: RssScores;
  /** The survey's scores under every version that scored it, the old ones kept beside the new. */
  scoresByTable: Record<string, RssScores>;
}

/** The RSS trend of a case: its surveys in time order, with whether the table behind the current scores is provisional. */
export interface RssTrendView {
  caseId: string;
  provisional: boolean;
  surveys: RssTrendPoint[];
}

export function rssTrend(caseId: string, state: CaseMonitoring, tableOf: (version: string) => RssTable): RssTrendView {
  const surveys = [...state.surveys]
    .sort((a, b) => a.conductedOn.localeCompare(b.conductedOn))
    .map(({ surveyId, conductedOn, tableVersion, scores }) => ({ surveyId, conductedOn, tableVersion, scores: scores[tableVersion], scoresByTable: scores }));
  const provisional = surveys.some((s) => {
    try {
      return tableOf(s.tableVersion).provisional;
    } catch {
      return true;
    }
  });
  return { caseId, provisional: surveys.length === 0 || provisional, surveys };
}
