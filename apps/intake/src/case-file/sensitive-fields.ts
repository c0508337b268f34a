import type { IndividualFactor, VulnerabilityArea } from '@homeward/domain';

/**
 * Health, disability, sexual orientation, trafficking and violence: what the issue lists as
 * readable only by the case's own case manager, their supervisor and auditors.
 */
export const SENSITIVE_FACTORS: readonly IndividualFactor[] = ['health_and_wellbeing', 'disability', 'sexual_orientation'];

/** An unaccompanied child is not: every office member must be able to act on it. */
export const SENSITIVE_AREAS: readonly VulnerabilityArea[] = ['physical_health', 'mental_health', 'trafficking', 'violence_exploitation_abuse'];

export const isSensitiveFactor = (factor: IndividualFactor): boolean => SENSITIVE_FACTORS.includes(factor);
export const isSensitiveArea = (area: VulnerabilityArea): boolean => SENSITIVE_AREAS.includes(area);
