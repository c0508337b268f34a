import { Parser } from '@asyncapi/parser';
import { asyncApiDocument } from '@homeward/events';
import { SERVICES, serviceNamed } from './services';

type Json = Record<string, any>;
const documentOf = (name: string) => {
  const service = serviceNamed(name)!;
  return asyncApiDocument({ service: service.name, version: '0.1.0', publishes: service.publishes, consumes: service.consumes, brokers: ['127.0.0.1:19092'] }) as Json;
};

/** Errors only: spectral's warnings and hints (0 is an error) are style advice, not a broken document. */
const ERROR = 0;

describe("Each service's AsyncAPI document, checked with the AsyncAPI parser", () => {
  const parser = new Parser();

  it.each(SERVICES.map((s) => s.name))('%s: the parser finds no error', async (name) => {
    const diagnostics = await parser.validate(documentOf(name) as Parameters<Parser['validate']>[0]);
    expect(diagnostics.filter((d) => d.severity === ERROR).map((d) => `${d.path.join('.')}: ${d.message}`)).toEqual([]);
  }, 60_000);

  it('lists every event type its catalogue loads, each once', () => {
    for (const service of SERVICES) {
      const messages = Object.values(documentOf(service.name).components.messages).map((m: any) => m.name).sort();
      const loaded = [...(service.publishes?.events ?? []), ...service.consumes.flatMap((c) => c.events)].map((e) => e.type).sort();
      expect(messages).toEqual(loaded);
    }
  });

  it("carries no personal field of intake's events, except the details shared under consent, sealed", () => {
    const messages = documentOf('intake').components.messages;
    expect(messages['intake.ReturneeRegistered.v' + Object.keys(serviceNamed('intake')!.publishes!.events.find((e) => e.type === 'intake.ReturneeRegistered')!.versions).length]).toBeDefined();
    for (const [id, message] of Object.entries<any>(messages)) {
      const data = message.payload.schema.properties.data;
      if (id.startsWith('intake.ReturneeDetailsShared.')) expect(data.properties.personal.required).toEqual(['$sealed']);
      else expect(data.properties ?? {}).not.toHaveProperty('personal');
    }
  });

  it('shows intake receiving only the acknowledgements of the referrals topic', () => {
    const receive = documentOf('intake').operations.receiveReferralsEvents;
    expect(receive.messages.map((m: any) => m.$ref)).toEqual(['#/channels/referralsEvents/messages/referrals.ReferralAcknowledged.v1']);
  });
});
