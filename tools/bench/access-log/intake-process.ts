import 'reflect-metadata';
import { InProcessBroker } from '@homeward/events';
import { configFromEnv, startService, type RunningService } from '@homeward/platform';
import { intakeService } from '../../../apps/intake/src/intake.module';

/**
 * Intake alone in embedded mode (its own PGlite, an in-process broker), in a process of its own so that
 * what recording costs it (the interceptor, the batches written into PGlite on its thread) falls on its
 * reads only. BENCH_RECORD_ACCESS=0 starts it without the access log interceptor.
 */
export type IntakeReply = { kind: 'ready'; url: string } | { kind: 'error'; error: string };

if (require.main === module) {
  let running: RunningService | undefined;
  const config = { ...configFromEnv(intakeService), mode: 'embedded' as const };
  startService(config, intakeService, { sharedBroker: new InProcessBroker(), recordAccess: process.env.BENCH_RECORD_ACCESS !== '0' }).then(
    (service) => {
      running = service;
      process.send!({ kind: 'ready', url: service.url } satisfies IntakeReply);
    },
    (error: unknown) => process.send!({ kind: 'error', error: String(error) } satisfies IntakeReply, () => process.exit(1)),
  );
  process.on('message', (order: { kind: 'stop' }) => {
    if (order.kind === 'stop') void (running?.close() ?? Promise.resolve()).finally(() => process.exit(0));
  });
}
