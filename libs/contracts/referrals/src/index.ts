// Referrals' published language: what its events mean (types, vocabularies), how they are checked (schemas) and how they travel (topic shape).
export * from './vocabulary';
export * from './provider.events';
export * from './consent-facts.events';
export * from './referral.events';
export * from './urgent.events';
export * from './unmet-need.events';
export * from './safety.events';
export * from './erasure-facts.events';
export * from './transfer-facts.events';
export * from './referrals-stream.events';
export * from './topic';
export * from './referrals.contract';
