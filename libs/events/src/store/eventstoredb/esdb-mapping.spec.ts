import type { NewEvent } from '../../envelope';
import { uuidv7 } from '../../uuid';
import {
  expectedRevisionOf,
  fromRevisionOf,
  fromStoredEvent,
  globalPositionOf,
  readAllFrom,
  StreamNames,
  toProposedEvent,
  versionOfCurrent,
  versionOfRevision,
  type EsdbStoredEvent,
} from './esdb-mapping';

const event = (extra: Partial<NewEvent> = {}): NewEvent & { eventId: string } => ({
  eventId: uuidv7(),
  type: 'test.NoteTaken',
  schemaVersion: 2,
  occurredAt: '2026-11-01T10:00:00Z',
  actor: { userId: 'u-1', role: 'case_manager' },
  country: 'SN',
  correlationId: 'corr-1',
  causationId: 'cause-1',
  data: { text: 'hello', channel: 'phone', personal: { name: 'Awa' } },
  ...extra,
});

/** What the client hands back for an event written from `proposed`. */
function stored(proposed: ReturnType<typeof toProposedEvent>, overrides: Partial<EsdbStoredEvent> = {}): EsdbStoredEvent {
  return {
    streamId: 'p-case-1',
    id: proposed.id,
    revision: 2n,
    type: proposed.type,
    created: new Date('2026-11-01T10:00:01.234Z'),
    isJson: true,
    // Through JSON, as the server stores it.
    data: JSON.parse(JSON.stringify(proposed.data)),
    metadata: JSON.parse(JSON.stringify(proposed.metadata)),
    ...overrides,
  };
}

describe('ESDB mapping: stream versions and revisions', () => {
  it('maps expected versions to expected revisions', () => {
    expect(expectedRevisionOf(0)).toBe('no_stream');
    expect(expectedRevisionOf(1)).toBe(0n);
    expect(expectedRevisionOf(5)).toBe(4n);
    expect(expectedRevisionOf('any')).toBe('any');
    expect(() => expectedRevisionOf(-1)).toThrow(RangeError);
    expect(() => expectedRevisionOf(1.5)).toThrow(RangeError);
  });

  it('maps revisions back to versions', () => {
    expect(versionOfRevision(0n)).toBe(1);
    expect(versionOfRevision(41n)).toBe(42);
    expect(versionOfCurrent('no_stream')).toBe(0);
    expect(versionOfCurrent(0n)).toBe(1);
  });

  it('starts a stream read at the revision of fromVersion', () => {
    expect(fromRevisionOf(undefined)).toBe('start');
    expect(fromRevisionOf(0)).toBe('start');
    expect(fromRevisionOf(1)).toBe('start');
    expect(fromRevisionOf(2)).toBe(1n);
  });
});

describe('ESDB mapping: global positions', () => {
  it('uses the commit position, from the event or else from the read', () => {
    expect(globalPositionOf({ commit: 1234n, prepare: 1234n })).toBe(1234);
    expect(globalPositionOf(undefined, 77n)).toBe(77);
  });

  it('refuses a missing or unusable position instead of rounding it', () => {
    expect(() => globalPositionOf(undefined)).toThrow(/22\.6/);
    expect(() => globalPositionOf({ commit: 2n ** 64n - 1n, prepare: 2n ** 64n - 1n })).toThrow(/no usable/);
  });

  it('reads $all from the start, or from the position after which to continue', () => {
    expect(readAllFrom(0)).toBe('start');
    expect(readAllFrom(4096)).toEqual({ commit: 4096n, prepare: 4096n });
  });
});

describe('ESDB mapping: stream names', () => {
  it('prefixes stream and checkpoint names', () => {
    const names = new StreamNames('t-1-');
    expect(names.toEsdb('case-9')).toBe('t-1-case-9');
    expect(names.checkpoint('relay')).toBe('t-1-homeward-checkpoint-relay');
    expect(new StreamNames().toEsdb('case-9')).toBe('case-9');
  });

  it('refuses names that would be system streams', () => {
    expect(() => new StreamNames('$x')).toThrow();
    expect(() => new StreamNames().toEsdb('$settings')).toThrow();
    expect(() => new StreamNames().toEsdb('')).toThrow();
  });

  it('keeps from $all only Homeward events under the prefix', () => {
    const names = new StreamNames('t-1-');
    expect(names.fromAll('t-1-case-9', 'case.Opened')).toBe('case-9');
    expect(names.fromAll('t-1-intake.case-9', 'case.Opened')).toBe('intake.case-9');
    expect(names.fromAll('t-2-case-9', 'case.Opened')).toBeNull();
    expect(names.fromAll('$stats-127.0.0.1:2113', '$statsCollected')).toBeNull();
    expect(names.fromAll('$$t-1-case-9', '$metadata')).toBeNull();
    expect(names.fromAll('t-1-case-9', '$>')).toBeNull();
    expect(names.fromAll('t-1-homeward-checkpoint-relay', 'homeward.CheckpointSaved')).toBeNull();
    expect(new StreamNames().fromAll('homeward-checkpoint-relay', 'homeward.CheckpointSaved')).toBeNull();
    expect(new StreamNames().fromAll('case-9', 'case.Opened')).toBe('case-9');
  });
});

describe('ESDB mapping: envelope', () => {
  it('keeps the id and type, the body as is, and the envelope in metadata with ESDB well-known keys', () => {
    const e = event();
    expect(toProposedEvent(e)).toEqual({
      id: e.eventId,
      type: 'test.NoteTaken',
      data: { text: 'hello', channel: 'phone', personal: { name: 'Awa' } },
      metadata: {
        schemaVersion: 2,
        occurredAt: '2026-11-01T10:00:00.000Z',
        actor: { userId: 'u-1', role: 'case_manager' },
        country: 'SN',
        correlationId: 'corr-1',
        causationId: 'cause-1',
        $correlationId: 'corr-1',
        $causationId: 'cause-1',
      },
    });
  });

  it('defaults the schema version and leaves out an absent causation', () => {
    const { metadata } = toProposedEvent(event({ schemaVersion: undefined, causationId: undefined }));
    expect(metadata.schemaVersion).toBe(1);
    expect(metadata.causationId).toBeNull();
    expect('$causationId' in metadata).toBe(false);
  });

  it('reads back the envelope it wrote, with the store-given version, position and recorded-at', () => {
    const e = event();
    const back = fromStoredEvent(stored(toProposedEvent(e)), 'case-1', 4096);
    expect(back).toEqual({
      eventId: e.eventId,
      streamId: 'case-1',
      streamVersion: 3,
      globalPosition: 4096,
      type: 'test.NoteTaken',
      schemaVersion: 2,
      occurredAt: '2026-11-01T10:00:00.000Z',
      recordedAt: '2026-11-01T10:00:01.234Z',
      actor: { userId: 'u-1', role: 'case_manager' },
      country: 'SN',
      correlationId: 'corr-1',
      causationId: 'cause-1',
      data: { text: 'hello', channel: 'phone', personal: { name: 'Awa' } },
    });
  });

  it('refuses an event that is not a Homeward envelope', () => {
    const proposed = toProposedEvent(event());
    expect(() => fromStoredEvent(stored(proposed, { isJson: false, data: new Uint8Array([1]) }), 'case-1', 1)).toThrow(/not a Homeward event/);
    expect(() => fromStoredEvent(stored(proposed, { metadata: undefined }), 'case-1', 1)).toThrow(/not a Homeward event/);
    expect(() => fromStoredEvent(stored(proposed, { metadata: { correlationId: 'c' } }), 'case-1', 1)).toThrow(/not a Homeward event/);
  });

  it('fits the client: jsonEvent keeps our UUIDv7 as the ESDB event id', async () => {
    const { jsonEvent } = await import('@eventstore/db-client');
    const proposed = toProposedEvent(event());
    expect(jsonEvent(proposed)).toEqual({ ...proposed, contentType: 'application/json' });
  });
});
