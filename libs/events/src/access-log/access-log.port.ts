import type { Role } from '../envelope';

/** One read of a case's file or of someone's personal data: who read what of which case, when, why, and where. */
export interface AccessRecord {
  /** When the answer was given, by the service's clock (ISO instant). */
  at: string;
  userId: string;
  role: Role;
  /** A service provider's organisation (the principal's), for the others none. */
  organisationId?: string;
  /** The service that answered. */
  service: string;
  /** What was read: a word the reading endpoint names (case_file, plan, referral…). */
  what: string;
  caseId: string;
  /** Why, as the caller stated it or as its role implies. */
  purpose: string;
  correlationId: string;
}

export interface AccessPage {
  items: AccessRecord[];
  total: number;
}

/**
 * Where a service keeps who read what: append-only, in the service's own database. Writers hand
 * whole batches (one statement each), readers list one case, newest first.
 */
export interface AccessLogStore {
  append(records: readonly AccessRecord[]): Promise<void>;
  listForCase(caseId: string, page: { limit: number; offset: number }): Promise<AccessPage>;
}
