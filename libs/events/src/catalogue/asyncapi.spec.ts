import { asyncApiDocument, topicDataSchema } from './asyncapi';
import type { ContextContract } from './event-definition';
import { closed } from './schema-fragments';

const personal = closed({ name: { type: 'string' } }, ['name']);
const registered = closed({ caseId: { type: 'string' }, personal }, ['caseId', 'personal']);
const shared = closed({ caseId: { type: 'string' }, personal }, ['caseId', 'personal']);
const cases: ContextContract = {
  context: 'cases',
  events: [
    { type: 'cases.Registered', context: 'cases', description: 'A case was registered.', versions: { 1: closed({ caseId: { type: 'string' } }, ['caseId']), 2: registered }, upcasters: { 1: (d) => d } },
    { type: 'cases.DetailsShared', context: 'cases', description: 'Details shared under consent.', versions: { 1: shared }, personalOnTopic: true },
  ],
};
const visits: ContextContract = { context: 'visits', events: [{ type: 'visits.Planned', context: 'visits', description: 'A visit was planned.', versions: { 1: closed({ visitId: { type: 'string' } }) } }] };

type Json = Record<string, any>;

describe('The AsyncAPI document of a service, made from its contracts', () => {
  const doc = asyncApiDocument({ service: 'cases', version: '0.1.0', publishes: cases, consumes: [visits], brokers: ['127.0.0.1:19092'] }) as Json;

  it('has a channel per topic, a send for what it publishes and a receive for what it consumes', () => {
    expect(doc.asyncapi).toMatch(/^3\./);
    expect(Object.values(doc.channels).map((c: any) => c.address)).toEqual(['homeward.cases.events', 'homeward.visits.events']);
    expect(doc.operations.publishCasesEvents).toMatchObject({ action: 'send', channel: { $ref: '#/channels/casesEvents' } });
    expect(doc.operations.receiveVisitsEvents).toMatchObject({ action: 'receive', channel: { $ref: '#/channels/visitsEvents' } });
    expect(doc.servers.kafka1).toEqual(expect.objectContaining({ host: '127.0.0.1:19092', protocol: 'kafka' }));
  });

  it('describes each event at the version that travels, and keeps every version among the schemas', () => {
    expect(Object.keys(doc.components.messages)).toEqual(['cases.Registered.v2', 'cases.DetailsShared.v1', 'visits.Planned.v1']);
    expect(doc.components.messages['cases.Registered.v2'].payload.schema.properties).toMatchObject({ type: { const: 'cases.Registered' }, schemaVersion: { const: 2 } });
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['cases.Registered.v1', 'cases.Registered.v2']));
  });

  it('leaves the personal part out of a message, unless the event lets it travel, and then only sealed', () => {
    const data = (id: string) => doc.components.messages[id].payload.schema.properties.data;
    expect(data('cases.Registered.v2').properties).not.toHaveProperty('personal');
    expect(data('cases.Registered.v2').required).toEqual(['caseId']);
    expect(data('cases.DetailsShared.v1').properties.personal).toMatchObject({ required: ['$sealed'] });
    expect(JSON.stringify(data('cases.DetailsShared.v1'))).not.toContain('"name"');
  });

  it('relaxes a rule that would require the personal part', () => {
    const schema = { ...registered, if: { properties: { caseId: { const: 'x' } } }, then: { required: ['personal'], properties: { personal } } };
    expect(topicDataSchema(schema, false)).toMatchObject({ then: { required: [], properties: {} } });
  });
});
