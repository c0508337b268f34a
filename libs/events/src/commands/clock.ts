/** Where the platform reads the time: the system's in production, one a test moves by hand. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still until told: tests move it to see what time does (deadlines, schedules). */
export class ManualClock implements Clock {
  private current: number;

  constructor(start: Date | string = new Date()) {
    this.current = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  set(instant: Date | string): void {
    this.current = new Date(instant).getTime();
  }

  advance(ms: number): void {
    this.current += ms;
  }
}

export const DAY_MS = 86_400_000;

/**
 * The system's time moved forward by an offset that only grows: a walk-through sees a deadline pass
 * without waiting for it, and time still runs between two moves (no event is ever dated before the last).
 */
export class OffsetClock implements Clock {
  private offset = 0;

  now(): Date {
    return new Date(Date.now() + this.offset);
  }

  get offsetMs(): number {
    return this.offset;
  }

  advance(ms: number): void {
    if (!(Number.isFinite(ms) && ms > 0)) throw new Error(`An offset clock only moves forward (got ${ms} ms)`);
    this.offset += ms;
  }
}
