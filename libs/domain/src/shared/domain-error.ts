/**
 * A broken business rule. The code is stable (clients and translations key on it);
 * the API maps it to an HTTP status.
 */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly field?: string,
    /** Extra facts for the caller, such as the existing records behind a likely duplicate. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

/** Every code with the HTTP status it means. */
export const DOMAIN_ERROR_STATUS = {
  CASE_ALREADY_OPEN: 409,
  CASE_NOT_FOUND: 404,
  FACT_IN_FUTURE: 400,
  OUT_OF_RANGE: 400,
  LIKELY_DUPLICATE: 409,
  NOT_CASE_OFFICE: 403,
  ASSISTANCE_REFUSED: 409,
  CONSENT_REQUIRED: 409,
  ALREADY_ARRIVED: 409,
  NOT_ARRIVED: 409,
  BEFORE_REGISTRATION: 400,
  ALREADY_TRANSFERRED: 409,
  SESSION_NOT_FOUND: 404,
  SESSION_ALREADY_EXISTS: 409,
  SESSION_NOT_STARTABLE: 409,
  SESSION_NOT_IN_PROGRESS: 409,
  SESSION_NOT_PAUSED: 409,
  INTERPRETER_NOT_BOUND: 400,
  PLAN_REVIEW_REQUIRED: 409,
  SCREENING_ALREADY_RECORDED: 409,
  URGENT_NEED_NOT_FOUND: 404,
  URGENT_NEED_ALREADY_ADDRESSED: 409,
  CONSENT_ALREADY_RECORDED: 409,
  CONSENT_NOT_FOUND: 404,
  CONSENT_NOT_ACTIVE: 409,
  RECIPIENT_REQUIRED: 400,
  RECIPIENT_NOT_ALLOWED: 400,
  NOT_OWN_CASE: 403,
  SHARING_NOT_CONSENTED: 403,
  FAMILY_MEMBER_NOT_FOUND: 404,
  NOTHING_TO_CORRECT: 400,
  FAMILY_MEMBER_ALREADY_IN_CASE: 409,
  SUPERVISOR_ONLY: 403,
  CASE_MANAGER_ONLY: 403,
  CASE_ALREADY_ASSIGNED: 409,
  TOO_MANY_FAMILY_MEMBERS: 409,
  IMPLAUSIBLE_RELATIONSHIP: 400,
  FIRST_SESSION_INCOMPLETE: 409,
} as const;

export type DomainErrorCode = keyof typeof DOMAIN_ERROR_STATUS;
