export class TimeoutError extends Error {
  override readonly name = 'TimeoutError';
}

/**
 * Rejects if `work` has not settled within `ms`. kafkajs bounds each request, but its
 * nested retries (cluster, then producer or admin) can add up; callers need one bound.
 */
export function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
