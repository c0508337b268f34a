/**
 * A broken business rule. The code is stable (clients and translations key on it);
 * the API maps it to an HTTP status.
 */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export type DomainErrorCode = 'CASE_ALREADY_OPEN' | 'FACT_IN_FUTURE' | 'OUT_OF_RANGE';
