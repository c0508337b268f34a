import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import request from 'supertest';
import { InProcessBroker } from '@homeward/events';
import type { RunningService } from '@homeward/platform';
import { intakeService } from '../../apps/intake/src/intake.module';
import { monitoringService } from '../../apps/monitoring/src/monitoring.module';
import { tokenFor } from '../testing/test-auth';
import { eventually, startTestService } from '../testing/test-services';
import { anotherReturnee } from './registration-slice.scenario';

type Json = Record<string, any>;
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

const operationsOf = (document: Json) =>
  Object.entries(document.paths as Json).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((method) => ({ label: `${method.toUpperCase()} ${path}`, operation: item[method] as Json })),
  );

const jsonSchemaOf = (response: Json | undefined): Json | undefined => response?.content?.['application/json']?.schema;
/** A JSON answer's schema, or a document's (a report as HTML or PDF): every content the operation declares must have one. */
const schemasOf = (response: Json | undefined): Json[] => Object.values<Json>(response?.content ?? {}).map((c) => c.schema);

/** The document's schemas as ajv reads them: OpenAPI 3.0's `nullable`, `example` beside JSON Schema. */
function validatorFor(document: Json) {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: 'doc', components: document.components });
  return (schema: Json, value: unknown) => {
    const validate = ajv.compile({ $ref: `doc#${(schema.$ref as string).slice(1)}` });
    return validate(value) ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.message}`);
  };
}

describe('The OpenAPI document describes the API (issue 8, L11)', () => {
  let intake: RunningService;
  let monitoring: RunningService;
  let intakeDoc: Json;
  let monitoringDoc: Json;
  beforeAll(async () => {
    const broker = new InProcessBroker();
    intake = await startTestService('intake', intakeService, { mode: 'embedded', sharedBroker: broker });
    monitoring = await startTestService('monitoring', monitoringService, { mode: 'embedded', sharedBroker: broker });
    intakeDoc = (await request(intake.app.getHttpServer()).get('/docs-json')).body;
    monitoringDoc = (await request(monitoring.app.getHttpServer()).get('/docs-json')).body;
  });
  afterAll(async () => {
    await intake?.close();
    await monitoring?.close();
  });

  it('declares a schema for the success answer of every operation, and each names a schema that exists', () => {
    for (const document of [intakeDoc, monitoringDoc]) {
      for (const { label, operation } of operationsOf(document)) {
        const success = Object.keys(operation.responses).filter((status) => status.startsWith('2'));
        expect({ label, success: success.length }).toEqual({ label, success: 1 });
        const schemas = schemasOf(operation.responses[success[0]]);
        expect({ label, schema: schemas.length > 0 && schemas.every(Boolean) }).toEqual({ label, schema: true });
        const schema = jsonSchemaOf(operation.responses[success[0]]);
        if (schema?.$ref) expect(document.components.schemas[schema.$ref.split('/').pop()]).toBeDefined();
      }
    }
  });

  it('declares 400 and 415 with the error body on every operation, 401 and 403 on every authenticated one, 404 where the path names something', () => {
    const error = { $ref: '#/components/schemas/Error' };
    for (const { label, operation } of operationsOf(intakeDoc)) {
      const declared = (status: string) => jsonSchemaOf(operation.responses[status]);
      expect({ label, 400: declared('400'), 415: declared('415') }).toEqual({ label, 400: error, 415: error });
      if (label.includes('/health')) {
        expect({ label, security: operation.security }).toEqual({ label, security: undefined });
        continue;
      }
      expect({ label, security: operation.security, 401: declared('401'), 403: declared('403') }).toEqual({ label, security: [{ bearer: [] }], 401: error, 403: error });
      if (label.includes('{')) expect({ label, 404: declared('404') }).toEqual({ label, 404: error });
    }
    expect(intakeDoc.components.schemas.Error.required).toEqual(['statusCode', 'code', 'message']);
  });

  it('carries the validation rules of the registration DTO: lengths, text pattern, dates, enums, item rules, required, nothing else', () => {
    const schema = intakeDoc.components.schemas.RegisterReturneeRequest;
    const { firstName, dateOfBirth, sex, languages, familyMembers, interpreterNeeded, phone } = schema.properties;
    expect(firstName).toMatchObject({ type: 'string', minLength: 1, maxLength: 100 });
    // The text rules, as the pipe applies them: no control characters, not only spaces.
    const text = new RegExp(firstName.pattern, 'u');
    expect(['Awa', 'N’Diaye', 'عائشة'].every((name) => text.test(name))).toBe(true);
    expect(['A\u0000wa', 'Awa\nDiallo', '   ', 'A\u202Ewa'].some((name) => text.test(name))).toBe(false);
    expect(dateOfBirth).toMatchObject({ type: 'string', format: 'date' });
    expect(sex.enum).toEqual(['female', 'male', 'intersex', 'undisclosed']);
    expect(languages).toMatchObject({ type: 'array', maxItems: 10, items: { type: 'string' } });
    expect(familyMembers).toMatchObject({ type: 'array', maxItems: 20 });
    expect(interpreterNeeded).toMatchObject({ type: 'boolean' });
    expect(phone.pattern).toBe('^\\+?[0-9 ()-]{4,31}$');
    expect(schema.required).toEqual(expect.arrayContaining(['firstName', 'lastName', 'dateOfBirth', 'sex', 'nationality', 'languages', 'hostCountry', 'countryOfOrigin', 'plannedReturnDate']));
    expect(schema.required).not.toContain('gender');
    expect(schema.additionalProperties).toBe(false);
    // A nested DTO gets its own rules.
    const member = intakeDoc.components.schemas.FamilyMemberRequest;
    expect(member.properties.relationship.enum).toContain('child');
    expect(member.additionalProperties).toBe(false);
    // minItems from ArrayNotEmpty, uniqueItems from ArrayUnique, enum on each item.
    const consent = intakeDoc.components.schemas.RecordConsentRequest.properties.dataCategories;
    expect(consent).toMatchObject({ type: 'array', minItems: 1, uniqueItems: true, items: { enum: expect.arrayContaining(['identity', 'health']) } });
  });

  it('carries the rules of query DTOs and path ids: enums, formats, integers with their bounds, what is required', () => {
    const check = intakeDoc.paths['/consent-register/check'].get.parameters as Json[];
    const byName = Object.fromEntries(check.map((p) => [p.name, p]));
    expect(byName.caseId).toMatchObject({ required: true, schema: { type: 'string', format: 'uuid' } });
    expect(byName.purpose).toMatchObject({ required: true, schema: { enum: ['assistance', 'referral', 'data_sharing', 'me_use'] } });
    expect(byName.on).toMatchObject({ required: false, schema: { format: 'date' } });
    const caseload = Object.fromEntries((intakeDoc.paths['/caseload'].get.parameters as Json[]).map((p) => [p.name, p]));
    expect(caseload.limit.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 200 });
    const caseFile = intakeDoc.paths['/cases/{caseId}'].get.parameters as Json[];
    expect(caseFile.find((p) => p.name === 'caseId')!.schema).toEqual({ type: 'string', format: 'uuid' });
  });

  it('describes real answers: a registration, its case file, the caseload and monitoring’s list match their schemas', async () => {
    const token = await tokenFor();
    const server = intake.app.getHttpServer();
    const registered = await request(server).post('/returnees').set('Authorization', `Bearer ${token}`).send(anotherReturnee());
    expect(registered.status).toBe(201);
    const conforms = validatorFor(intakeDoc);
    const successSchema = (path: string, method: string) => {
      const responses = intakeDoc.paths[path][method].responses;
      return jsonSchemaOf(responses[Object.keys(responses).find((s) => s.startsWith('2'))!])!;
    };
    expect(conforms(successSchema('/returnees', 'post'), registered.body)).toEqual([]);
    const file = await eventually(() => request(server).get(`/cases/${registered.body.caseId}`).set('Authorization', `Bearer ${token}`), (res) => res.status === 200);
    expect(conforms(successSchema('/cases/{caseId}', 'get'), file.body)).toEqual([]);
    // The schemas are closed: a field the answer does not declare is caught.
    expect(conforms(successSchema('/cases/{caseId}', 'get'), { ...file.body, _position: 3 })).not.toEqual([]);
    const caseload = await request(server).get('/caseload').set('Authorization', `Bearer ${token}`);
    expect(conforms(successSchema('/caseload', 'get'), caseload.body)).toEqual([]);
    const list = await request(monitoring.app.getHttpServer()).get('/cases').set('Authorization', `Bearer ${await tokenFor({ role: 'me_officer' })}`);
    expect(list.status).toBe(200);
    const listSchema = jsonSchemaOf(monitoringDoc.paths['/cases'].get.responses['200'])!;
    expect(validatorFor(monitoringDoc)(listSchema, list.body)).toEqual([]);
  });

  it('serves the AsyncAPI document of the topics each service publishes and consumes, without a token', async () => {
    const events = await request(intake.app.getHttpServer()).get('/asyncapi.json');
    expect(events.status).toBe(200);
    expect(events.body).toMatchObject({ asyncapi: expect.stringMatching(/^3\./), channels: { intakeEvents: { address: 'homeward.intake.events' } } });
    expect(Object.keys(events.body.components.messages)).toContain('intake.CaseOpened.v1');
    expect((await request(monitoring.app.getHttpServer()).get('/asyncapi.json')).body.operations).toHaveProperty('receiveIntakeEvents');
  });
});
