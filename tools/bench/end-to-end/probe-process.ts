import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { ProbeOrders } from './kafka-probe-process';
import type { ProbeResult } from './kafka-probe';

type Reply = { kind: 'ready' } | { kind: 'result'; result: ProbeResult } | { kind: 'error'; error: string };

/** The parent's side of the kafkajs probe process: opened (group joined), begun with the load, read at the end. */
export class ProbeProcess {
  private constructor(
    private readonly child: ChildProcess,
    private readonly replies: AsyncIterator<Reply>,
  ) {}

  static async open(orders: ProbeOrders): Promise<ProbeProcess> {
    const child = fork(path.join(__dirname, 'kafka-probe-process.ts'), [], { execArgv: ['-r', '@swc-node/register'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const probe = new ProbeProcess(child, replies(child));
    child.send(orders);
    await probe.next('ready');
    return probe;
  }

  get pid(): number {
    return this.child.pid!;
  }

  begin(): void {
    this.child.send({ kind: 'begin' });
  }

  async result(): Promise<ProbeResult> {
    return ((await this.next('result')) as Extract<Reply, { kind: 'result' }>).result;
  }

  close(): void {
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
  }

  private async next(kind: Reply['kind']): Promise<Reply> {
    const { value, done } = await this.replies.next();
    if (done) throw new Error('the kafkajs probe process ended');
    if (value.kind === 'error') throw new Error(`kafkajs probe: ${value.error}`);
    if (value.kind !== kind) throw new Error(`kafkajs probe: ${kind} expected, got ${value.kind}`);
    return value;
  }
}

/** The child's messages in order, ending when it exits. */
async function* replies(child: ChildProcess): AsyncGenerator<Reply> {
  const queue: Reply[] = [];
  let wake = () => {};
  let ended = false;
  child.on('message', (m: Reply) => (queue.push(m), wake()));
  child.once('exit', () => ((ended = true), wake()));
  for (;;) {
    if (queue.length) yield queue.shift()!;
    else if (ended) return;
    else await new Promise<void>((r) => (wake = r));
  }
}
