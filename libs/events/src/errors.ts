/** Someone else appended to the stream since the caller read it. Maps to HTTP 409. */
export class WrongExpectedVersionError extends Error {
  readonly code = 'WRONG_EXPECTED_VERSION';
  constructor(
    readonly streamId: string,
    readonly expected: number | 'any',
    readonly actual: number,
  ) {
    super(`Stream ${streamId} is at version ${actual}, expected ${expected}`);
  }
}

/** The event does not match its schema in the catalogue (or its type is unknown). Nothing was appended. */
export class InvalidEventError extends Error {
  readonly code = 'INVALID_EVENT';
  constructor(
    readonly eventType: string,
    readonly problems: string[],
  ) {
    super(`Event ${eventType} refused: ${problems.join('; ')}`);
  }
}
