import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { propose, type CaseFacts, type Proposals } from '@homeward/domain';
import { CurrentPrincipal, Roles, UuidParam, type Principal } from '@homeward/platform';
import { answer } from '../openapi/answer';
import { GridCatalogue } from '../feasibility-grids/grid-catalogue';
import { PlanReader } from '../plan-stream/read-plan';
import { ProposeElementsRequest } from './propose-elements.request.dto';

/**
 * Proposals, and the vulnerabilities intake screened for this case (their urgency only: the areas are
 * sensitive and stay in intake's case file), for the case manager to confirm in the profile.
 */
export type ProposalsForCase = Proposals & { screenedInIntake: CaseFacts['screenings'] };

/**
 * The feasibility grid read against a returnee's profile (handbook 2.3.1): candidate plan elements,
 * each with the grid row and the conditions that justified it, for the case manager to accept, edit
 * or reject in a draft. Nothing is recorded: a proposal is a reading of the grid.
 */
@ApiTags('plans')
@ApiBearerAuth()
@Controller('plans')
export class ProposeElementsController {
  constructor(
    private readonly plans: PlanReader,
    private readonly grids: GridCatalogue,
  ) {}

  @Post(':caseId/proposals')
  @HttpCode(200)
  @Roles('case_manager', 'supervisor')
  @ApiOkResponse({ description: 'The candidates in the grid’s order, the needs it has nothing for, which grid version it read (an example says so), and the urgency of each vulnerability intake screened (the areas stay in intake)', schema: answer('ElementProposals') })
  @ApiBadRequestResponse({ description: 'INVALID_INPUT naming the field; GRID_PROGRAMME_REQUIRED when several programmes have a grid in the country' })
  @ApiForbiddenResponse({ description: 'A role that does not build plans' })
  @ApiNotFoundResponse({ description: 'PLAN_NOT_FOUND (no arrival recorded, or outside your countries), GRID_NOT_FOUND' })
  async propose(@UuidParam('caseId') caseId: string, @Body() body: ProposeElementsRequest, @CurrentPrincipal() principal: Principal): Promise<ProposalsForCase> {
    const plan = await this.plans.planOf(caseId, principal);
    // Not programmeFor: reading the grid just below already refuses a programme with none in the country.
    const programme = body.programme ?? (await this.grids.onlyProgramme(plan.country));
    const { grid } = await this.grids.version(plan.country, programme);
    const profile = { needs: body.needs, factors: body.factors ?? [], vulnerabilities: body.vulnerabilities ?? [], age: body.age, familyInCase: body.familyInCase ?? false };
    return { ...propose(profile, grid), screenedInIntake: plan.facts.screenings };
  }
}
