/** One `POST /returnees` as the generator sent it. */
export interface Registration {
  k: number;
  /** Counted: scheduled after the warm-up. */
  measured: boolean;
  /** How late it left against its schedule (the generator or the event loop falling behind), ms. */
  lateMs: number;
  status: number;
  /** Send to answer, ms (performance.now). */
  httpMs: number;
  /** When the answer arrived, epoch ms (comparable with the databases' clocks). */
  answeredAt: number;
  caseId?: string;
  error?: string;
}

export interface LoadOptions {
  /** The intake instances, taken in turn. */
  urls: string[];
  rate: number;
  warmupSeconds: number;
  seconds: number;
  maxInFlight: number;
  token: string;
  body: (k: number) => object;
  /** Called as each registration is answered (the case list watch starts looking for it). */
  onAnswer: (r: Registration) => void;
}

/**
 * An open loop: registration k leaves at start + k / rate whether or not the earlier ones were
 * answered, as independent offices would send them, so a slow answer does not slow the offered load
 * (a closed loop would hide queueing). In flight beyond maxInFlight, it waits: the bound keeps a
 * stalled service from drowning the machine, and the lateness it causes is reported.
 */
export async function offerRegistrations(o: LoadOptions): Promise<Registration[]> {
  const total = Math.round(o.rate * (o.warmupSeconds + o.seconds));
  const warmup = Math.round(o.rate * o.warmupSeconds);
  const interval = 1000 / o.rate;
  const done: Array<Promise<Registration>> = [];
  const inFlight = new Set<Promise<Registration>>();
  const start = performance.now();
  for (let k = 0; k < total; k++) {
    const due = start + k * interval;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    while (inFlight.size >= o.maxInFlight) await Promise.race(inFlight);
    const sending = send(o, k, k >= warmup, performance.now() - due).then((r) => {
      inFlight.delete(sending);
      o.onAnswer(r);
      return r;
    });
    inFlight.add(sending);
    done.push(sending);
  }
  return Promise.all(done);
}

async function send(o: LoadOptions, k: number, measured: boolean, lateMs: number): Promise<Registration> {
  const sent = performance.now();
  const base = { k, measured, lateMs: Math.max(0, lateMs) };
  try {
    const res = await fetch(`${o.urls[k % o.urls.length]}/returnees`, {
      method: 'POST',
      headers: { authorization: `Bearer ${o.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(o.body(k)),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await res.text();
    const answered = { ...base, status: res.status, httpMs: performance.now() - sent, answeredAt: Date.now() };
    if (res.status !== 201) return { ...answered, error: text.slice(0, 200) };
    return { ...answered, caseId: (JSON.parse(text) as { caseId: string }).caseId };
  } catch (error) {
    return { ...base, status: 0, httpMs: performance.now() - sent, answeredAt: Date.now(), error: String(error) };
  }
}
