import type { ElementProvider } from '@homeward/contracts/planning';
import type { PlanContent, PlanElement } from '@homeward/domain';
import type { PlanContentRequest } from './plan-content.request.dto';
import type { ElementProviderRequest, PlanElementRequest } from './plan-element.request.dto';

const defined = <T extends object>(fields: T): T => Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as T;

const provider = (p: ElementProviderRequest): ElementProvider => (p.providerId !== undefined ? { providerId: p.providerId } : defined({ name: p.name!, contact: p.contact }));

const element = (e: PlanElementRequest): PlanElement =>
  defined({
    elementId: e.elementId,
    type: e.type,
    description: e.description,
    provider: e.provider && provider(e.provider),
    responsibility: e.responsibility,
    startOn: e.startOn,
    endOn: e.endOn,
    status: e.status,
    fromGrid: e.fromGrid && { gridId: e.fromGrid.gridId, gridVersion: e.fromGrid.gridVersion, rowId: e.fromGrid.rowId },
  });

/** The request as the domain reads a version: plain data, only what was given. */
export const planContentOf = (request: PlanContentRequest): PlanContent =>
  defined({
    elements: request.elements.map(element),
    followUp: request.followUp,
    feedbackCollection: request.feedbackCollection,
    informationExchange: request.informationExchange,
    estimatedDurationMonths: request.estimatedDurationMonths,
    exitStrategy: request.exitStrategy,
    transitionToMainstream: request.transitionToMainstream,
    baselineScores: request.baselineScores && { ...request.baselineScores },
  });
