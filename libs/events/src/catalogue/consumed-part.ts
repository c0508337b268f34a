import type { ContextContract } from './event-definition';

/**
 * The part of another context's contract a service consumes: its inbox then copies only these event
 * types (the rest of the topic is skipped as unknown), so a service that reacts to one event of a busy
 * context does not keep a copy of all of it. A type the contract does not publish is a wiring mistake,
 * refused when the service is defined rather than silently never received.
 */
export function consumedPart(contract: ContextContract, types: readonly string[]): ContextContract {
  const published = new Set(contract.events.map((e) => e.type));
  const unknown = types.filter((t) => !published.has(t));
  if (unknown.length) throw new Error(`${contract.context} publishes no ${unknown.join(', ')}`);
  return { context: contract.context, events: contract.events.filter((e) => types.includes(e.type)) };
}
