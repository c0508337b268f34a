// The returnee's copy of her plan (issue 12, 7): its controller and the reader of the plan stream it needs.
import { PlanReader } from './plan-stream/read-plan';
import { ReturneeCopyController } from './returnee-copy/returnee-copy.http.controller';

export const returneeCopyControllers = [ReturneeCopyController];
export const returneeCopyProviders = [PlanReader];
