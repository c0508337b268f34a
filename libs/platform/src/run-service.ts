import { configFromEnv } from './config';
import { startService, type RunningService, type ServiceDefinition } from './create-service-app';

/** Longer than a clean close takes (leaving the group, releasing the leases, closing pools), short of an orchestrator's kill. */
const CLOSE_WITHIN_MS = 10_000;

/**
 * A service's own process (distributed mode, or one service alone): configured from the environment.
 * SIGTERM or SIGINT closes it whole, its infrastructure included, before it exits: the consumer
 * leaves its group and the leases are released, so another instance takes over the partitions, the
 * relay and the projections at once instead of after a session timeout and a lease term.
 */
export function runService(definition: ServiceDefinition): void {
  startService(configFromEnv(definition), definition).then(
    (running) => exitOnSignal(running),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}

function exitOnSignal(running: RunningService): void {
  let closing = false;
  const stop = (signal: NodeJS.Signals) => {
    // A second signal while closing: the operator wants it gone now.
    if (closing) process.exit(1);
    closing = true;
    setTimeout(() => {
      console.error(`${signal}: not closed within ${CLOSE_WITHIN_MS / 1000} s, exiting anyway`);
      process.exit(1);
    }, CLOSE_WITHIN_MS).unref();
    running.close().then(
      () => process.exit(0),
      (error) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
