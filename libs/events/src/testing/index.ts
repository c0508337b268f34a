export * from './event-store.contract';
export * from './test-catalogue';
export * from './require-env';
