import { ReplaceableClient } from './replaceable-client';
import { TimeoutError } from './with-timeout';

class FakeClient {
  static created: FakeClient[] = [];
  connects = 0;
  disconnected = false;
  constructor(readonly id: number) {
    FakeClient.created.push(this);
  }
  async connect() {
    this.connects++;
  }
  async disconnect() {
    this.disconnected = true;
  }
}

describe('ReplaceableClient', () => {
  let client: ReplaceableClient<FakeClient>;
  beforeEach(() => {
    FakeClient.created = [];
    client = new ReplaceableClient(() => new FakeClient(FakeClient.created.length + 1), 'fake', 200);
  });

  it('connects on first use and keeps the client while it works', async () => {
    expect(FakeClient.created).toHaveLength(0);
    expect(await client.use(async (c) => c.id)).toBe(1);
    expect(await client.use(async (c) => c.id)).toBe(1);
    expect(FakeClient.created[0].connects).toBe(1);
  });

  it('replaces the client after a failure', async () => {
    await expect(client.use(async () => Promise.reject(new Error('broker gone')))).rejects.toThrow('broker gone');
    expect(FakeClient.created[0].disconnected).toBe(true);
    expect(await client.use(async (c) => c.id)).toBe(2);
  });

  it('gives up on a call that hangs, and replaces the client', async () => {
    await expect(client.use(() => new Promise(() => {}))).rejects.toBeInstanceOf(TimeoutError);
    expect(FakeClient.created[0].disconnected).toBe(true);
    expect(await client.use(async (c) => c.id)).toBe(2);
  });

  it('replaces a client that could not connect', async () => {
    let refuse = true;
    const flaky = new ReplaceableClient(() => {
      const c = new FakeClient(FakeClient.created.length + 1);
      c.connect = async () => { if (refuse) throw new Error('ECONNREFUSED'); };
      return c;
    }, 'fake', 200);
    await expect(flaky.use(async (c) => c.id)).rejects.toThrow('ECONNREFUSED');
    refuse = false;
    expect(await flaky.use(async (c) => c.id)).toBe(2);
  });

  it('refuses work once closed', async () => {
    await client.use(async () => {});
    await client.close();
    expect(FakeClient.created[0].disconnected).toBe(true);
    await expect(client.use(async () => {})).rejects.toThrow(/closed/);
    expect(FakeClient.created).toHaveLength(1);
  });
});
