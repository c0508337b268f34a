import 'reflect-metadata';
import { SERVICES } from '../../services';
import { startEmbedded } from '../../start-embedded';

/**
 * `npm start` in a process of its own (forked by embedded-platform.ts): the four services on one
 * PGlite and one in-process broker, in the data directory and on the ports the parent set in the
 * environment. The bench cannot open that database (PGlite belongs to one process), so this process
 * also answers the parent's read-model questions over IPC: documents by id, from referrals' own store.
 */
export type EmbeddedOrder = { kind: 'getMany'; ask: number; collection: string; ids: string[] } | { kind: 'stop' };
export type EmbeddedReply = { kind: 'ready'; urls: Record<string, string> } | { kind: 'docs'; ask: number; docs?: unknown[]; error?: string } | { kind: 'error'; error: string };

if (require.main === module) {
  const reply = (message: EmbeddedReply) => process.send!(message);
  startEmbedded(process.env.HOMEWARD_DATA_DIR).then(
    (platform) => {
      const referrals = platform.running[SERVICES.findIndex((s) => s.name === 'referrals')];
      process.on('message', (order: EmbeddedOrder) => {
        if (order.kind === 'stop') {
          void platform.close().finally(() => process.exit(0));
          return;
        }
        referrals.infra.readModels.getMany(order.collection, order.ids).then(
          (docs) => reply({ kind: 'docs', ask: order.ask, docs }),
          (error: unknown) => reply({ kind: 'docs', ask: order.ask, error: String(error) }),
        );
      });
      reply({ kind: 'ready', urls: Object.fromEntries(platform.running.map((s, i) => [SERVICES[i].name, s.url])) });
    },
    (error: unknown) => process.send!({ kind: 'error', error: String(error) } satisfies EmbeddedReply, () => process.exit(1)),
  );
}
