// Intake's published language: what its events mean (types, vocabularies), how they are checked (schemas), how they travel (topic shape).
export * from './vocabulary';
export * from './registration.events';
export * from './family.events';
export * from './counselling.events';
export * from './assessment.events';
export * from './consent.events';
export * from './case.events';
export * from './erasure.events';
export * from './topic';
export * from './intake.contract';
export * from './noted-consent';
