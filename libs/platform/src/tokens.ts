export const INFRASTRUCTURE = Symbol('INFRASTRUCTURE');
export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');
/** Where a service's new ids come from (UUIDv7; a test names them in advance with sequentialIds). */
export const ID_GENERATOR = Symbol('ID_GENERATOR');
