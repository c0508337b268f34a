import { ApproveAllocationController } from './approve-allocation/approve-allocation.http.controller';
import { DecideAllocationController } from './decide-allocation/decide-allocation.http.controller';
import { DraftPlanController } from './draft-plan/draft-plan.http.controller';
import { EndPlanController } from './end-plan/end-plan.http.controller';
import { GridCatalogue } from './feasibility-grids/grid-catalogue';
import { GrantDerogationController } from './grant-derogation/grant-derogation.http.controller';
import { PlanCommands } from './plan-commands/plan-commands';
import { PlanReader } from './plan-stream/read-plan';
import { PlanVersionsController } from './plan-versions/plan-versions.http.controller';
import { RecordDisbursementController } from './record-disbursement/record-disbursement.http.controller';
import { RecordPlanInputsController } from './record-plan-inputs/record-plan-inputs.http.controller';
import { ReviewPreDeparturePlanController } from './review-pre-departure-plan/review-pre-departure-plan.http.controller';
import { RevisePlanController } from './revise-plan/revise-plan.http.controller';

/** The write side of planning: slices whose command goes straight to PlanCommands. */
export const planWriteControllers = [
  GrantDerogationController,
  ReviewPreDeparturePlanController,
  RecordPlanInputsController,
  DraftPlanController,
  RevisePlanController,
  PlanVersionsController,
  EndPlanController,
  DecideAllocationController,
  ApproveAllocationController,
  RecordDisbursementController,
];

// Deciding an allocation reads the plan's country and its grids for the programme (the module keeps one of each provider).
export const planWriteProviders = [PlanCommands, PlanReader, GridCatalogue];
