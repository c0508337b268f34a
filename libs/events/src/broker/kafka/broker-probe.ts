import { connect } from 'node:net';

/** Answers whether a broker accepts connections now. */
export type BrokerProbe = () => Promise<boolean>;

const PROBE_TIMEOUT_MS = 1_000;

/**
 * A TCP connection to any seed broker, closed at once: no request, no client, nothing logged,
 * so it can run every half second through a long outage. Accepting connections is not quite
 * serving requests (a starting broker opens its port a moment early); whatever is launched
 * after a yes still has its own retries.
 */
export function tcpProbe(brokers: string[], timeoutMs = PROBE_TIMEOUT_MS): BrokerProbe {
  const addresses = brokers.map((b) => {
    const at = b.lastIndexOf(':');
    return { host: b.slice(0, at), port: Number(b.slice(at + 1)) };
  });
  const one = ({ host, port }: { host: string; port: number }) =>
    new Promise<boolean>((answer) => {
      const socket = connect({ host, port });
      const done = (ok: boolean) => {
        socket.destroy();
        answer(ok);
      };
      socket.setTimeout(timeoutMs, () => done(false));
      socket.once('connect', () => done(true));
      socket.once('error', () => done(false));
    });
  return async () => (await Promise.all(addresses.map(one))).some(Boolean);
}
