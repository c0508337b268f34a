import { isErasedPart, type IntakeTopicEvent } from '@homeward/contracts/intake';
import type { SharedReferralData } from '@homeward/contracts/referrals';
import type { Projection, Recorded } from '@homeward/events';
import { REFERRAL_EVENTS, type ReferralEvent } from '../referral-lists/referral-list.projection';

/** One step of a referral's life: which event, when, who, and what it said (the person's words apart, as `note`). */
export interface TimelineEntry {
  /** The event's type without the context: ReferralSent. */
  event: string;
  at: string;
  by: { userId: string; role: string };
  what: Record<string, string | number | boolean | string[]>;
  note?: string;
}

export interface CaseReferralRecord {
  timeline: TimelineEntry[];
  /** The values that left with the referral, as sent; gone once it is on hold or she is erased. */
  shared?: SharedReferralData;
}

/**
 * The referrals of one case with what is personal in them: the values each one sent and the notes of
 * each step. One document per case, so intake's erasure of the returnee reaches all of them at once.
 */
export interface CaseReferralsDocument {
  caseId: string;
  referrals: Record<string, CaseReferralRecord>;
  erasedAt?: string;
}

export const CASE_REFERRALS = 'case_referrals';

type Erased = Extract<IntakeTopicEvent, { type: 'intake.ReturneeErased' }>;
type Fact = ReferralEvent | Erased;

export const caseReferralsProjection: Projection<CaseReferralsDocument, Fact> = {
  name: 'referrals.case-referrals',
  collection: CASE_REFERRALS,
  // Read by case id alone, the document's own key.
  indexes: [],
  handles: [...REFERRAL_EVENTS, 'intake.ReturneeErased'],
  documentId: (event) => event.data.caseId,
  evolve: (stored, event) => {
    const doc = stored ?? { caseId: event.data.caseId, referrals: {} };
    if (event.type === 'intake.ReturneeErased') return erased(doc, event.data.erasedAt);
    const { referralId } = event.data;
    const before = doc.referrals[referralId] ?? { timeline: [] };
    const personal = doc.erasedAt ? undefined : opened((event.data as { personal?: unknown }).personal);
    const record: CaseReferralRecord = { ...before, timeline: [...before.timeline, entryOf(event, personal)] };
    if (event.type === 'referrals.ReferralSent' && personal) record.shared = personal as SharedReferralData;
    // Withdrawn: the provider loses access at once, and nothing of what was sent stays to be shown.
    if (event.type === 'referrals.ReferralPutOnHold') delete record.shared;
    return { ...doc, referrals: { ...doc.referrals, [referralId]: record } };
  },
};

/** A personal part as the projection may keep it: opened, not erased. */
const opened = (personal: unknown): Record<string, unknown> | undefined => (personal && typeof personal === 'object' && !isErasedPart(personal) ? (personal as Record<string, unknown>) : undefined);

function entryOf(event: Recorded<ReferralEvent>, personal: Record<string, unknown> | undefined): TimelineEntry {
  const { caseId: _c, referralId: _r, personal: _p, ...what } = event.data as Record<string, unknown>;
  // A sending's personal part is the values shared (kept apart, shown to whom may see them); the other steps' is a note.
  const note = event.type === 'referrals.ReferralSent' ? undefined : (personal?.note ?? personal?.notes);
  return {
    event: event.type.replace(/^referrals\./, ''),
    at: event.occurredAt,
    by: { userId: event.actor.userId, role: event.actor.role },
    what: flat(what),
    ...(typeof note === 'string' ? { note } : {}),
  };
}

/** A source ({ kind, planVersion, elementId }) reads as flat keys: sourceKind, sourcePlanVersion… */
function flat(what: Record<string, unknown>): TimelineEntry['what'] {
  const out: TimelineEntry['what'] = {};
  for (const [key, value] of Object.entries(what)) {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) out[`${key}${k[0].toUpperCase()}${k.slice(1)}`] = v as string;
    } else out[key] = value as string;
  }
  return out;
}

function erased(doc: CaseReferralsDocument, erasedAt: string): CaseReferralsDocument {
  const referrals = Object.fromEntries(
    Object.entries(doc.referrals).map(([id, { timeline }]) => [id, { timeline: timeline.map(({ note: _n, ...entry }) => entry) }]),
  );
  return { ...doc, referrals, erasedAt };
}
