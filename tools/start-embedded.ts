import 'reflect-metadata';
import { join } from 'node:path';
import { InProcessBroker, pgliteExecutor } from '@homeward/events';
import { configFromEnv, DevClock, startService, type RunningService } from '@homeward/platform';
import { devSecret } from './dev-secret';
import { SERVICES } from './services';

/**
 * All the services in one process: one embedded PostgreSQL (PGlite) under ./data with a
 * schema per service for its events and one for its read models, as distributed mode has on a
 * server, so a restart finds its projections caught up; one in-process broker whose topics are
 * logs, so the services start side by side in any order. A new data directory starts as a copy
 * of an empty cluster kept under HOMEWARD_CACHE (pglite-template.ts). With HOMEWARD_DEV_CLOCK=1 the
 * services share one clock an admin moves forward (POST /dev/clock/advance on any of them).
 */
export async function startEmbedded(dataDir = configFromEnv(SERVICES[0]).dataDir): Promise<{ running: RunningService[]; devClock?: DevClock; close(): Promise<void> }> {
  process.env.HOMEWARD_JWT_SECRET ??= devSecret(dataDir);
  const broker = new InProcessBroker();
  const sql = await pgliteExecutor(join(dataDir, 'eventstore'), { templates: configFromEnv(SERVICES[0]).cacheDir });
  const devClock = configFromEnv(SERVICES[0]).devClock ? new DevClock() : undefined;
  const running = await Promise.all(
    SERVICES.map((definition) => startService({ ...configFromEnv(definition), mode: 'embedded', dataDir }, definition, { sharedBroker: broker, sharedSql: sql, devClock })),
  );
  return {
    running,
    devClock,
    close: async () => {
      for (const s of running) await s.close();
      await broker.close();
      await sql.close();
    },
  };
}

async function main() {
  const started = Date.now();
  const platform = await startEmbedded();
  console.log(`\nHomeward is running (embedded mode, ready in ${((Date.now() - started) / 1000).toFixed(1)} s):`);
  for (const s of platform.running) console.log(`  ${s.url.replace('[::1]', 'localhost')}/docs`);
  if (platform.devClock) console.log('Dev clock (HOMEWARD_DEV_CLOCK=1): an admin moves it forward with POST /dev/clock/advance {"hours":n}');
  console.log('Dev tokens: npm run tokens\n');
  const stop = async () => {
    await platform.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
