// The referrals context's domain: the service directory, the referrals of a case (consent gate, minimum data, urgent referrals,
// unmet needs, safety planning), the policy that turns intake's urgent needs into urgent referrals, and the unmet-needs report.
export * from './referrals.errors';
export * from './directory/provider.commands';
export * from './directory/provider.state';
export * from './directory/provider.decider';
export * from './directory/provider-snapshot';
export * from './referral.commands';
export * from './referrals.state';
export * from './referrals.decider';
export * from './minimum-data-sets';
export * from './urgent-matching';
export * from './urgent-need.policy';
export * from './unmet-needs-report';
