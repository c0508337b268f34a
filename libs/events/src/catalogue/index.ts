// What a context's contract lib needs to describe its events: types and schema fragments, no I/O.
export * from './event-definition';
export * from './schema-fragments';
export * from './erased';
export * from './key-class';
export * from './consumed-part';
export * from './asyncapi';
