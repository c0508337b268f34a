export const INFRASTRUCTURE = Symbol('INFRASTRUCTURE');
export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');
