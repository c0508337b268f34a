import type { ReadModelStore } from '../../../libs/events/src/readmodel/read-model-store.port';

/**
 * Which of the calls a query handler or a rebuild makes takes the time is what a miss needs to say
 * (a page sends a find and a count at once; a rebuild reads and writes each page): this store times
 * every call of the methods named, inside the very calls they make, and passes everything else through.
 */
export class TimedStore {
  private readonly calls = new Map<string, number[]>();
  readonly store: ReadModelStore;

  constructor(inner: ReadModelStore, methods: ReadonlyArray<keyof ReadModelStore>) {
    this.store = new Proxy(inner, {
      get: (target, property, receiver) => {
        const value = Reflect.get(target, property, receiver) as unknown;
        if (typeof value !== 'function') return value;
        const call = (value as (...a: unknown[]) => Promise<unknown>).bind(target);
        if (!methods.includes(property as keyof ReadModelStore)) return call;
        return async (...args: unknown[]) => {
          const t0 = performance.now();
          try {
            return await call(...args);
          } finally {
            this.ms(property as string).push(performance.now() - t0);
          }
        };
      },
    });
  }

  /** The durations of the calls of `method` since the last reset, in ms. */
  ms(method: string): number[] {
    let list = this.calls.get(method);
    if (!list) this.calls.set(method, (list = []));
    return list;
  }

  reset(): void {
    this.calls.clear();
  }
}
