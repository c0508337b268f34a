import type { RecordedEvent } from '../envelope';
import { InMemoryReadModelStore } from '../readmodel/in-memory-read-model-store';
import type { Projection } from './projection';
import { ProjectionPages } from './projection-pages';

/** A count of notes per country, gathering the events of every case's stream. */
const notesPerCountry: Projection<{ notes: number }> = {
  name: 'test.notes-per-country',
  collection: 'notes_per_country',
  handles: ['test.NoteAdded'],
  acrossStreams: true,
  documentId: (e) => e.country,
  evolve: (doc) => ({ notes: (doc?.notes ?? 0) + 1 }),
};

const note = (globalPosition: number, streamId: string): RecordedEvent => ({
  eventId: `ev-${globalPosition}`,
  streamId,
  streamVersion: 1,
  globalPosition,
  type: 'test.NoteAdded',
  schemaVersion: 1,
  occurredAt: '2027-01-01T00:00:00.000Z',
  recordedAt: '2027-01-01T00:00:00.000Z',
  actor: { userId: 'u', role: 'system' },
  country: 'SN',
  correlationId: 'c',
  causationId: null,
  data: {},
});

describe('A projection across streams', () => {
  let readModels: InMemoryReadModelStore;
  let pages: ProjectionPages;
  const notes = async () => (await readModels.get<{ notes: number }>('notes_per_country', 'SN'))?.notes;

  beforeEach(() => {
    readModels = new InMemoryReadModelStore();
    pages = new ProjectionPages(readModels);
  });

  it('applies an event of a lower position read after one of a higher (a transaction that committed later)', async () => {
    await pages.apply(notesPerCountry, 'notes_per_country', [note(11, 'case-b')]);
    await pages.apply(notesPerCountry, 'notes_per_country', [note(10, 'case-a')]);
    expect(await notes()).toBe(2);
  });

  it('changes nothing when the page that last wrote it is applied again (a crash before the checkpoint)', async () => {
    await pages.apply(notesPerCountry, 'notes_per_country', [note(11, 'case-b')]);
    const page = [note(10, 'case-a'), note(12, 'case-c')];
    await pages.apply(notesPerCountry, 'notes_per_country', page);
    await pages.apply(notesPerCountry, 'notes_per_country', page);
    expect(await notes()).toBe(3);
    // Read again with what came in since: only the new event counts.
    await pages.apply(notesPerCountry, 'notes_per_country', [...page, note(13, 'case-d')]);
    expect(await notes()).toBe(4);
  });
});
