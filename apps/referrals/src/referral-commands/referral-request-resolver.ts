import { Inject, Injectable } from '@nestjs/common';
import type { ServiceType } from '@homeward/contracts/referrals';
import type { IdGenerator } from '@homeward/events';
import { ID_GENERATOR } from '@homeward/platform';
import { CaseDetailsReader } from '../case-details/case-details.reader';
import { ProviderLookup } from '../directory/provider-lookup';
import type { ReferralCommandInput } from './referral-commands';

/**
 * A referral a reaction calls for, named as the event names it: a provider of the directory by its
 * id. A reaction is pure, so it cannot look the provider or the case's office up; the dispatcher does,
 * just before it runs the command, and the decider then judges the provider as it is at that moment.
 */
export interface ReferralOfPlanElement {
  type: 'RequestReferralOfPlanElement';
  data: { caseId: string; planVersion: number; elementId: string; serviceType: ServiceType; providerId: string };
}

/** What referrals' reactions hand the dispatcher: commands ready to run, and referrals still to resolve. */
export type ReferralReactionCommand = ReferralCommandInput | ReferralOfPlanElement;

/** The case is not known to referrals yet (intake's topic is behind planning's): no fault of the event, so it is tried again. */
export class CaseOfficeNotKnownYet extends Error {
  override readonly name = 'CaseOfficeNotKnownYet';
}

@Injectable()
export class ReferralRequestResolver {
  constructor(
    private readonly directory: ProviderLookup,
    private readonly cases: CaseDetailsReader,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  /** The command as the decider takes it: the provider's snapshot, the office holding the case, a new referral id. */
  async resolve(input: ReferralReactionCommand): Promise<ReferralCommandInput> {
    if (input.type !== 'RequestReferralOfPlanElement') return input;
    const { caseId, planVersion, elementId, serviceType, providerId } = input.data;
    const office = (await this.cases.get(caseId))?.office;
    if (!office) throw new CaseOfficeNotKnownYet(`referrals has not learnt yet which office holds case ${caseId}`);
    // An unknown provider is the domain's refusal (PROVIDER_NOT_FOUND): logged and skipped, as any refused command.
    const provider = await this.directory.snapshot(providerId);
    // A new id each run is safe: a command caused by an event runs once however often it is handed over.
    return { type: 'RequestReferral', data: { caseId, referralId: this.ids(), source: { kind: 'plan_element', planVersion, elementId }, serviceType, provider, office } };
  }
}
