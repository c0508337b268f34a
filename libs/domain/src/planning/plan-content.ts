import type { BaselineScores, PlanElementData, PlanVersionStructure, PlanVersionWords } from '@homeward/contracts/planning';
import { definedFields } from '../shared/defined-fields';
import { PlanningError } from './planning.errors';

/** One element of a plan as the case manager writes it: its description beside its structure. */
export interface PlanElement extends PlanElementData {
  description: string;
}

/** A version's whole content (handbook 2.3.2 and Annex 3): elements and the plan-level arrangements. */
export interface PlanContent {
  elements: PlanElement[];
  /** When and how follow-up happens. */
  followUp?: string;
  /** How the returnee's feedback is taken in. */
  feedbackCollection?: string;
  /** How information is exchanged between returnee, case manager and providers, protecting privacy. */
  informationExchange?: string;
  estimatedDurationMonths?: number;
  exitStrategy?: string;
  transitionToMainstream?: string;
  baselineScores?: BaselineScores;
}

/** The words of a version go under `personal`; its structure may travel. */
export function versionParts(content: PlanContent): { structure: PlanVersionStructure; words: PlanVersionWords } {
  const elements = content.elements.map(({ description: _words, ...element }) => element);
  return {
    structure: { elements, ...definedFields({ estimatedDurationMonths: content.estimatedDurationMonths, baselineScores: content.baselineScores }) },
    words: {
      elementDescriptions: content.elements.map((e) => ({ elementId: e.elementId, description: e.description })),
      ...definedFields({
        followUp: content.followUp,
        feedbackCollection: content.feedbackCollection,
        informationExchange: content.informationExchange,
        exitStrategy: content.exitStrategy,
        transitionToMainstream: content.transitionToMainstream,
      }),
    },
  };
}

/** A version as recorded: a topic copy (without `personal`) reads with empty descriptions. */
export function contentOf(structure: PlanVersionStructure, words: Partial<PlanVersionWords> = {}): PlanContent {
  const description = new Map((words.elementDescriptions ?? []).map((d) => [d.elementId, d.description]));
  const { elementDescriptions: _descriptions, ...arrangements } = words;
  return {
    ...structure,
    elements: structure.elements.map((e) => ({ ...e, description: description.get(e.elementId) ?? '' })),
    ...arrangements,
  };
}

/** What any draft must hold together, whatever its stage. */
export function checkContent(content: PlanContent): void {
  const seen = new Set<string>();
  content.elements.forEach((element, i) => {
    if (seen.has(element.elementId)) throw new PlanningError('ELEMENT_ID_REPEATED', `Element ${element.elementId} appears twice`, `elements.${i}.elementId`);
    seen.add(element.elementId);
    if (element.responsibility === 'provider' && !element.provider) {
      throw new PlanningError('PROVIDER_REQUIRED', `Element ${element.elementId} is the provider's to carry out but names none`, `elements.${i}.provider`);
    }
    if (element.startOn && element.endOn && element.endOn < element.startOn) {
      throw new PlanningError('OUT_OF_RANGE', `Element ${element.elementId} ends before it starts`, `elements.${i}.endOn`);
    }
  });
}

/** An element needs an outside service when a provider carries it out; a cancelled one needs nothing. */
export const needsOutsideService = (element: PlanElementData): boolean => element.responsibility === 'provider' && element.status !== 'cancelled';

/** Two providers are the same when they have the same id, or the same name when named in free text. */
export const providerKey = (element: PlanElementData): string =>
  !element.provider ? '' : 'providerId' in element.provider ? `id:${element.provider.providerId}` : `name:${element.provider.name}`;
