import { assistanceStatus, registerConsent, type ConsentRecord } from '../consent/consent-register';
import { definedFields } from '../shared/defined-fields';
import { exhaustive } from '../shared/exhaustive';
import { afterErasure, type CaseEvent, type FamilyMember, officeOf, type ReturneeRegistered, openedOnOf, type SessionPhase, type SessionStepName } from '@homeward/contracts/intake';

export interface SessionState {
  sessionId: string;
  phase: SessionPhase;
  status: 'scheduled' | 'in_progress' | 'paused' | 'ended';
  steps: SessionStepName[];
  /** The session this one carries on from, when an earlier one was continued later. */
  continuesSessionId?: string;
  outcome?: 'completed' | 'continued_later';
}

export interface OpenCase {
  /** `assistance_refused` once the returnee refuses or withdraws consent to assistance. */
  status: 'open' | 'assistance_refused';
  caseId: string;
  returneeId: string;
  hostCountry: string;
  countryOfOrigin: string;
  /** The country whose office holds the case and alone may write to it. */
  office: string;
  /** The office that registered the case: the origin office for someone first met on arrival. */
  registeredBy: string;
  /** Absent while the case waits in the office's incoming list (after a transfer). */
  caseManagerId?: string;
  openedOn: string;
  /** Who the returnee is and how to reach her, as now recorded: what the organisation's services are told under consent to assistance. */
  identity: { firstName: string; lastName: string; gender?: string };
  contact: { phone?: string; email?: string; address?: string };
  languages: string[];
  dateOfBirth: string;
  familyMembers: FamilyMember[];
  arrivalDate?: string;
  consents: ConsentRecord[];
  sessions: Record<string, SessionState>;
  preDeparturePlanDesigned: boolean;
  preDeparturePlanReviewed: boolean;
  screenings: string[];
  urgentNeeds: Record<string, 'open' | 'addressed'>;
  /** Set once the returnee's personal data is erased: the case takes nothing more. */
  erasedAt?: string;
}

export type CaseState = { status: 'none' } | OpenCase;

export const initialCaseState = (): CaseState => ({ status: 'none' });

export function evolveCase(state: CaseState, recorded: CaseEvent): CaseState {
  // Once erased, a personal part reads as erased: the fold goes on with what the rest of the event says.
  const event = afterErasure(recorded);
  if (!event) return state;
  if (event.type === 'intake.ReturneeRegistered') return registered(event.data);
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'intake.CaseOpened': {
      const d = event.data;
      return { ...state, caseId: d.caseId, returneeId: d.returneeId, hostCountry: d.hostCountry, countryOfOrigin: d.countryOfOrigin, office: officeOf(d), registeredBy: officeOf(d), caseManagerId: d.caseManagerId, openedOn: openedOnOf(d) };
    }
    case 'intake.ReturneeArrived':
      return { ...state, arrivalDate: event.data.arrivalDate };
    case 'intake.CaseTransferred': {
      const { caseManagerId, ...rest } = state;
      return { ...rest, office: event.data.toCountry };
    }
    case 'intake.CaseAssigned':
      return { ...state, caseManagerId: event.data.caseManagerId };
    case 'intake.ContactDetailsChanged':
      return { ...state, contact: { ...event.data.personal } };
    case 'intake.ReturnCircumstancesRecorded':
    case 'intake.IndividualFactorAssessed':
    case 'intake.PersonalDataShared':
    case 'intake.ReturneeDetailsShared':
      return state;
    case 'intake.CounsellingSessionScheduled': {
      const { sessionId, phase, continuesSessionId } = event.data;
      return withSession(state, { sessionId, phase, status: 'scheduled', steps: [], ...(continuesSessionId ? { continuesSessionId } : {}) });
    }
    case 'intake.CounsellingSessionStarted':
    case 'intake.CounsellingSessionResumed':
      return withSession(state, { ...state.sessions[event.data.sessionId], status: 'in_progress' });
    case 'intake.CounsellingSessionPaused':
      return withSession(state, { ...state.sessions[event.data.sessionId], status: 'paused' });
    case 'intake.CounsellingSessionEnded':
      return withSession(state, { ...state.sessions[event.data.sessionId], status: 'ended', outcome: event.data.outcome });
    case 'intake.CounsellingStepRecorded': {
      const session = state.sessions[event.data.sessionId];
      const details = event.data.personal;
      const next = withSession(state, { ...session, steps: [...session.steps, details.step] });
      if (details.step !== 'plan_design') return next;
      return session.phase === 'pre_departure'
        ? { ...next, preDeparturePlanDesigned: true }
        : { ...next, preDeparturePlanReviewed: next.preDeparturePlanReviewed || Boolean(details.preDeparturePlanReview) };
    }
    case 'intake.VulnerabilityScreened':
      return { ...state, screenings: [...state.screenings, event.data.screeningId] };
    case 'intake.IdentityCorrected': {
      const { firstName, lastName, gender, dateOfBirth } = event.data.personal;
      return { ...state, identity: { ...state.identity, ...definedFields({ firstName, lastName, gender }) }, dateOfBirth: dateOfBirth ?? state.dateOfBirth };
    }
    case 'intake.FamilyMemberJoined':
      return { ...state, familyMembers: [...state.familyMembers, event.data.personal.member] };
    case 'intake.FamilyMemberLeft':
      return { ...state, familyMembers: state.familyMembers.filter((m) => m.memberId !== event.data.memberId) };
    case 'intake.UrgentNeedIdentified':
      return { ...state, urgentNeeds: { ...state.urgentNeeds, [event.data.needId]: 'open' } };
    case 'intake.ReturneeErased':
      return { ...state, erasedAt: event.data.erasedAt, familyMembers: [] };
    case 'intake.UrgentNeedAddressed':
      return { ...state, urgentNeeds: { ...state.urgentNeeds, [event.data.needId]: 'addressed' } };
    case 'intake.ConsentGiven':
    case 'intake.ConsentRefused':
    case 'intake.ConsentWithdrawn': {
      const consents = registerConsent(state.consents, event);
      if (event.data.purpose !== 'assistance') return { ...state, consents };
      return { ...state, consents, status: assistanceStatus(consents) };
    }
    default:
      return exhaustive(event);
  }
}

function registered({ languages, personal }: ReturneeRegistered['data']): OpenCase {
  const { firstName, lastName, gender, dateOfBirth, phone, email, address, familyMembers = [] } = personal;
  return {
    status: 'open', caseId: '', returneeId: '', hostCountry: '', countryOfOrigin: '', office: '', registeredBy: '', openedOn: '',
    identity: { firstName, lastName, ...definedFields({ gender }) }, contact: definedFields({ phone, email, address }), languages,
    dateOfBirth, familyMembers, consents: [], sessions: {}, preDeparturePlanDesigned: false, preDeparturePlanReviewed: false, screenings: [], urgentNeeds: {},
  };
}

const withSession = (state: OpenCase, session: SessionState): OpenCase => ({ ...state, sessions: { ...state.sessions, [session.sessionId]: session } });
