export * from './pdf-read-back';
