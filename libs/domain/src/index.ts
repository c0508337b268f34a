export * from './shared/domain-error';
export * from './shared/command-metadata';
export * from './shared/exhaustive';
export * from './intake/case.events';
export * from './intake/case.state';
export * from './intake/case.commands';
export * from './intake/case.decider';
