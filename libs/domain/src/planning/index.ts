// The planning context's domain: the case's reintegration plan (clock, inputs, versions, consent, allocations) and the feasibility grid's proposals.
export * from './planning.errors';
export * from './plan-content';
export * from './plan-erasure';
export * from './plan.commands';
export * from './plan.state';
export * from './allocation.state';
export * from './plan.decider';
export * from './plan-consent';
export * from './plan-diff';
export * from './plan-clock';
export * from './feasibility/returnee-profile';
export * from './feasibility/propose';
export * from './feasibility/grid.errors';
export * from './feasibility/grid.decider';
