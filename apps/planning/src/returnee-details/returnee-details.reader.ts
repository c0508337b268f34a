import { Inject, Injectable } from '@nestjs/common';
import { INFRASTRUCTURE, type Infrastructure } from '@homeward/platform';
import { RETURNEE_DETAILS, type ReturneeDetailsDocument, type ReturneeForCopy } from './returnee-details.projection';

/** The returnee as planning may name her on her copy: while she consents to assistance and is not erased, else nobody. */
@Injectable()
export class ReturneeDetailsReader {
  constructor(@Inject(INFRASTRUCTURE) private readonly infra: Infrastructure) {}

  async forCopy(caseId: string): Promise<ReturneeForCopy | undefined> {
    return (await this.infra.readModels.get<ReturneeDetailsDocument>(RETURNEE_DETAILS, caseId))?.returnee;
  }
}
