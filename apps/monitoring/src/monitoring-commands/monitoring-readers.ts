/**
 * Who reads a case's monitoring (its schedule, its RSS trend): the people who help the returnee, M&E
 * officers (schedules and scores are their work) and auditors. Service providers see nothing here;
 * data analysts read only aggregates.
 */
export const MONITORING_READERS = ['case_manager', 'supervisor', 'me_officer', 'auditor'] as const;
