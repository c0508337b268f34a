/** The closed lists of monitoring, in English codes; user-facing labels are translated elsewhere. */

/** What a follow-up on the schedule is: a meeting with the returnee, or a Reintegration Sustainability Survey (handbook 2.3.3). */
export const FOLLOW_UP_KINDS = ['meeting', 'rss_survey'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

/** Who put a follow-up on the schedule: the rules, from the approved plan, or a case manager, with a reason. */
export const FOLLOW_UP_SOURCES = ['plan', 'case_manager'] as const;
export type FollowUpSource = (typeof FOLLOW_UP_SOURCES)[number];

/** Why a follow-up that had not happened yet came off the schedule. */
export const FOLLOW_UP_CANCELLATION_REASONS = ['plan_revised', 'plan_ended', 'monitoring_closed'] as const;
export type FollowUpCancellationReason = (typeof FOLLOW_UP_CANCELLATION_REASONS)[number];

/** Face to face is preferred; phone or email is recorded as such (handbook 2.3.3). */
export const MEETING_MODES = ['face_to_face', 'phone', 'email', 'home_visit'] as const;
export type MeetingMode = (typeof MEETING_MODES)[number];

/** Who took part in a meeting, by role: names, where recorded, are personal. */
export const ATTENDEE_ROLES = ['returnee', 'family_member', 'case_manager', 'interpreter', 'service_provider', 'community_member', 'other'] as const;
export type AttendeeRole = (typeof ATTENDEE_ROLES)[number];

/** The two monitoring reports every returnee should have (handbook 2.3.3): six months after the plan was created, then about twelve months later. */
export const MONITORING_REPORTS = ['mid_term', 'final'] as const;
export type MonitoringReport = (typeof MONITORING_REPORTS)[number];

/** A W-model point is a high or a low of the return journey. */
export const W_DIRECTIONS = ['up', 'down'] as const;
export type WDirection = (typeof W_DIRECTIONS)[number];
export const W_INTENSITY_MIN = 1;
export const W_INTENSITY_MAX = 5;

/** The four scores of the RSS: one per dimension of sustainable reintegration, and the composite. */
export const RSS_SCORES = ['economic', 'social', 'psychosocial', 'composite'] as const;
export type RssScoreName = (typeof RSS_SCORES)[number];

/** Why monitoring recommends that planning review the plan. */
export const PLAN_REVIEW_REASONS = ['rss_drop', 'radical_change'] as const;
export type PlanReviewReason = (typeof PLAN_REVIEW_REASONS)[number];

/** How planning's plan ended, as monitoring notes it. */
export const PLAN_OUTCOMES = ['completed', 'closed'] as const;
export type PlanOutcome = (typeof PLAN_OUTCOMES)[number];

/** Why monitoring of a case ends (handbook 2.3.3 and the exit strategy). */
export const MONITORING_CLOSURE_REASONS = ['exit_strategy_completed', 'returnee_withdrew', 'contact_lost', 'relocated', 'deceased'] as const;
export type MonitoringClosureReason = (typeof MONITORING_CLOSURE_REASONS)[number];

/** The most of each a command or an event holds. */
export const MAX_ATTENDEES = 20;
export const MAX_W_POINTS_PER_MEETING = 20;
export const MAX_HANDOVERS = 20;
export const MAX_INDICATORS = 60;
