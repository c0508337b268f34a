export * from './event-store.contract';
export * from './test-catalogue';
export * from './require-env';
export * from './read-model-store.contract';
export * from './message-broker.contract';
export * from './chain-verifier.contract';
export * from './key-store.contract';
export * from './rebuild-beside.contract';
