export * from './intake.contract';
