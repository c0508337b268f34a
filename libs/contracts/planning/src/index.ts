// Planning's published language: what its events mean (types, vocabularies), how they are checked (schemas), how they travel (topic shape),
// and the feasibility grid's upload format with its one example.
export * from './vocabulary';
export * from './clock.events';
export * from './consent-facts.events';
export * from './screening-facts.events';
export * from './erasure-facts.events';
export * from './plan.events';
export * from './allocation.events';
export * from './plan-stream.events';
export * from './grid.events';
export * from './topic';
export * from './feasibility-grid';
export * from './feasibility-grid.schema';
export * from './example-grid';
export * from './planning.contract';
export * from './erasure';
