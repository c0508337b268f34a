import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from './free-port';

const KAFKA_SH = resolve(__dirname, '../../infra/kafka.sh');

/** A single-node Kafka of one test's own, which the test may stop and start at will. */
export interface PrivateKafka {
  brokers: string[];
  /** Resolve once infra/kafka.sh is done (started: the broker answers an admin request). */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it for good and deletes its data. */
  remove(): Promise<void>;
}

/**
 * Tests that stop the broker must not stop the one the other suites, other checkouts or other
 * people on the machine are using: this runs infra/kafka.sh with its own data directory and two
 * free ports. Costs one broker start (about 10 s here); needs what infra/kafka.sh needs (Java,
 * the cached jars, installed on first use). A jest run killed midway leaves it running: it is
 * the one kafka process whose data directory is under the temporary directory.
 */
export async function startPrivateKafka(): Promise<PrivateKafka> {
  const [port, controllerPort] = [await freePort(), await freePort()];
  const data = mkdtempSync(join(tmpdir(), 'homeward-kafka-'));
  const env = {
    ...process.env,
    HOMEWARD_INFRA_DATA: data,
    HOMEWARD_KAFKA_HOST: '127.0.0.1',
    HOMEWARD_KAFKA_PORT: String(port),
    HOMEWARD_KAFKA_CONTROLLER_PORT: String(controllerPort),
    HOMEWARD_KAFKA_BROKERS: `127.0.0.1:${port}`,
  };
  // Not execFileSync: that would freeze the services running in this very process meanwhile.
  const kafka = (verb: 'start' | 'stop') =>
    new Promise<void>((ok, fail) => {
      const script = spawn('bash', [KAFKA_SH, verb], { env, stdio: ['ignore', 'ignore', 'pipe'] });
      let errors = '';
      script.stderr.on('data', (chunk) => (errors += chunk));
      script.once('error', fail);
      script.once('exit', (code) => (code === 0 ? ok() : fail(new Error(`infra/kafka.sh ${verb} failed (${code}): ${errors}`))));
    });
  await kafka('start');
  return {
    brokers: [env.HOMEWARD_KAFKA_BROKERS],
    stop: () => kafka('stop'),
    start: () => kafka('start'),
    remove: async () => {
      await kafka('stop');
      rmSync(data, { recursive: true, force: true });
    },
  };
}
