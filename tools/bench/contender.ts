import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { runScenario, type ScenarioName, type ScenarioParams, type Target } from './scenarios';
import type { Sample } from './stats';
import type { RunRequest } from './emmett-worker';

/** A named contender the orchestrator can run a scenario on, wherever it lives. */
export interface Contender {
  name: string;
  run(scenario: ScenarioName, tag: string, params: ScenarioParams): Promise<Sample>;
  close(): Promise<void>;
}

export function localContender(name: string, target: Target): Contender {
  return { name, run: (s, tag, p) => runScenario(target, s, tag, p), close: () => target.close() };
}

type Reply = { id: number; sample: Sample } | { id: number; error: string };

/** Emmett, driven in a worker thread (see emmett-worker.ts for why). */
export function emmettContender(name: string, url: string): Contender {
  const worker = new Worker(path.join(__dirname, 'emmett-worker.ts'), { workerData: { url } });
  const pending = new Map<number, { resolve: (s: Sample) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  let dead: Error | null = null;
  const failAll = (e: Error) => {
    dead = e;
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  };
  worker.on('message', (m: Reply | { closed: true }) => {
    if ('closed' in m) return;
    const p = pending.get(m.id);
    pending.delete(m.id);
    if ('error' in m) p?.reject(new Error(m.error));
    else p?.resolve(m.sample);
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`emmett worker exited (code ${code})`)));
  return {
    name,
    run(scenario, tag, params) {
      if (dead) return Promise.reject(dead);
      const id = nextId++;
      const request: RunRequest = { id, scenario, tag, params };
      return new Promise<Sample>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage(request);
      });
    },
    async close() {
      if (dead) return;
      const closed = new Promise<void>((resolve) => worker.once('message', () => resolve()));
      worker.postMessage('close');
      await Promise.race([closed, new Promise((r) => setTimeout(r, 5000))]);
      await worker.terminate();
    },
  };
}
