import type { PlanElementType } from '@homeward/contracts/planning';
import type { ServiceType } from '@homeward/contracts/referrals';

/**
 * The service types spelt out, for the types of answers: the OpenAPI schema generator cannot read a
 * list built by spreading another (SERVICE_TYPES spreads the plan element types). The same union: checked below.
 */
export type ServiceTypeName = PlanElementType | 'emergency_health' | 'mental_health' | 'shelter' | 'legal_aid';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const SERVICE_TYPE_NAME_IS_SERVICE_TYPE: Same<ServiceTypeName, ServiceType> = true;
