interface SpecDecider<C, S, E> {
  initialState: () => S;
  evolve: (state: S, event: E) => S;
  decide: (command: C, state: S) => E[];
}

/** What a rule may answer: these events, nothing, or a refusal with its code (and field, details). */
export interface Then<E> {
  then(expected: E[]): void;
  /** Each event matches its partial (toMatchObject), in order, and there are no others. */
  thenMatches(expected: Array<Partial<E> | Record<string, unknown>>): void;
  thenNothing(): void;
  thenThrows(code: string, more?: { field?: string; details?: unknown }): void;
  /** The events, for assertions the other forms do not say. */
  events(): E[];
}

/**
 * Given these events, when this command, then these events or this error: a rule's test reads as
 * the handbook sentence it enforces (after Emmett's DeciderSpecification).
 */
export function deciderSpecification<C, S, E>(decider: SpecDecider<C, S, E>) {
  return (history: E[]) => ({
    when(command: C): Then<E> {
      const run = () => decider.decide(command, history.reduce(decider.evolve, decider.initialState()));
      return {
        then: (expected) => expect(run()).toEqual(expected),
        thenMatches: (expected) => {
          const events = run();
          expect(events).toHaveLength(expected.length);
          expect(events).toMatchObject(expected);
        },
        thenNothing: () => expect(run()).toEqual([]),
        thenThrows: (code, more = {}) => expect(run).toThrow(expect.objectContaining({ code, ...more })),
        events: run,
      };
    },
  });
}
