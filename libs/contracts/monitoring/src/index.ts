// Monitoring's published language: what its events mean (types, vocabularies), how they are checked (schemas), how they travel (topic shape),
// and the RSS scoring table's shape with its one provisional version.
export * from './vocabulary';
export * from './rss-table';
export * from './provisional-rss-table';
export * from './schedule.events';
export * from './meeting.events';
export * from './rss.events';
export * from './alert.events';
export * from './closure.events';
export * from './erasure.events';
export * from './monitoring-stream.events';
export * from './topic';
export * from './monitoring.contract';
