// The returnee's copy of her plan (issue 12, 7): its controller, the reader of the plan stream it needs, and what planning keeps of her for it.
import type { Projection } from '@homeward/events';
import { PlanReader } from './plan-stream/read-plan';
import { returneeDetailsProjection } from './returnee-details/returnee-details.projection';
import { ReturneeDetailsReader } from './returnee-details/returnee-details.reader';
import { ReturneeCopyController } from './returnee-copy/returnee-copy.http.controller';

export const returneeCopyControllers = [ReturneeCopyController];
export const returneeCopyProviders = [PlanReader, ReturneeDetailsReader];
/** Her name and languages, from intake's topic under her consent to assistance. */
export const returneeCopyProjections: Projection[] = [returneeDetailsProjection as Projection];
