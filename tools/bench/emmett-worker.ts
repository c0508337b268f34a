import { parentPort, workerData } from 'node:worker_threads';
import { emmettTarget } from './emmett-target';
import { runScenario, type ScenarioName, type ScenarioParams } from './scenarios';

/**
 * Emmett runs in its own thread because its driver layer (dumbo) installs process-wide
 * `pg` type parsers (bigint as BigInt, its own JSON reviver). In the main thread those
 * would silently change how our store and the raw baseline decode rows. A worker has its
 * own copy of `pg`, so each contender reads with its usual parsers.
 */
export interface RunRequest {
  id: number;
  scenario: ScenarioName;
  tag: string;
  params: ScenarioParams;
}

const port = parentPort;
if (!port) throw new Error('emmett-worker must run as a worker thread');
const target = emmettTarget((workerData as { url: string }).url);

port.on('message', async (msg: RunRequest | 'close') => {
  if (msg === 'close') {
    await target.close().catch(() => undefined);
    port.postMessage({ closed: true });
    return;
  }
  try {
    const sample = await runScenario(target, msg.scenario, msg.tag, msg.params);
    port.postMessage({ id: msg.id, sample });
  } catch (error) {
    port.postMessage({ id: msg.id, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
});
