// The monitoring context's domain: the case's follow-up schedule from the approved plan, meetings and the W-model,
// RSS surveys and their scoring, the alerts a scheduler asks for, closure, and the pure aggregates M&E reads.
export * from './monitoring.errors';
export * from './schedule/schedule-rules';
export * from './schedule/follow-up-plan';
export * from './rss/score-rss';
export * from './rss/score-drops';
export * from './monitoring.commands';
export * from './monitoring.state';
export * from './monitoring.decider';
export * from './aggregates/caseload-report';
export * from './aggregates/rss-averages';
export * from './aggregates/me-counts';
