import { OffsetClock } from '@homeward/events';

/** What the dev clock answers: the time the services read now, and how far it is ahead of the system's. */
export interface DevClockReading {
  now: string;
  offsetMs: number;
}

export const DEV_CLOCK = Symbol('DEV_CLOCK');

/**
 * Embedded mode only, on request (HOMEWARD_DEV_CLOCK=1): one clock for every service of the
 * process, which an admin moves forward so a walk-through sees a deadline pass (an urgent
 * referral's acknowledgement time) without waiting a day. A move fires at once what became due
 * on every service, as their next tick would, so the answer says what it caused. It lives in
 * memory: a restart reads the system's time again.
 */
export class DevClock {
  readonly clock = new OffsetClock();
  private readonly fireDue: Array<() => Promise<number>> = [];

  /** A service's deadlines, fired after each move (its reactions' fireDue). */
  attach(fireDue: () => Promise<number>): void {
    this.fireDue.push(fireDue);
  }

  read(): DevClockReading {
    return { now: this.clock.now().toISOString(), offsetMs: this.clock.offsetMs };
  }

  async advance(ms: number): Promise<DevClockReading & { fired: number }> {
    this.clock.advance(ms);
    const fired = await Promise.all(this.fireDue.map((fire) => fire()));
    return { ...this.read(), fired: fired.reduce((a, b) => a + b, 0) };
  }
}
