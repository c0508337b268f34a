// Intake's recorded events as its deciders make them, for the projection tests of intake and of
// every service that consumes its stream. Tests only: never imported by the code they test.
export * from './case-scenario';
