/**
 * How late a service's event loop ran, from its own `/metrics` (prom-client's default metrics): a
 * scrape resets the figures, so one scrape before the load and one after give the lag over the load.
 * A service whose loop is late seconds at a time is short of CPU, whatever its code does.
 */
export async function eventLoopLag(url: string): Promise<{ p99Ms: number; maxMs: number } | null> {
  const text = await fetch(`${url}/metrics`, { signal: AbortSignal.timeout(10_000) }).then((r) => (r.ok ? r.text() : null), () => null);
  if (!text) return null;
  const value = (name: string) => {
    const line = text.split('\n').find((l) => l.startsWith(`${name}{`) || l.startsWith(`${name} `));
    return line ? Number(line.trim().split(/\s+/).at(-1)) * 1000 : NaN;
  };
  return { p99Ms: value('nodejs_eventloop_lag_p99_seconds'), maxMs: value('nodejs_eventloop_lag_max_seconds') };
}
