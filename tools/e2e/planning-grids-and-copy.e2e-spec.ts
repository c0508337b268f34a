import request from 'supertest';
import { EXAMPLE_FEASIBILITY_GRID } from '@homeward/contracts/planning';
import { InProcessBroker, uuidv7 } from '@homeward/events';
import type { Principal, RunningService } from '@homeward/platform';
import { planningService } from '../../apps/planning/src/planning.module';
import { awaPlanEvents, INTERNAL_NOTES } from '../../apps/planning/src/returnee-copy/awa-plan.scenario';
import { pdfText } from '@homeward/testing/pdf';
import { tokenFor } from '../testing/test-auth';
import { eventually, startTestService } from '../testing/test-services';

const dakar: Principal = { userId: 'cm-sn-1', role: 'case_manager', countries: ['SN'] };
const dakarSupervisor: Principal = { userId: 'sup-sn-1', role: 'supervisor', countries: ['SN'] };
const rabat: Principal = { userId: 'cm-ma-1', role: 'case_manager', countries: ['MA'] };
const rabatSupervisor: Principal = { userId: 'sup-ma-1', role: 'supervisor', countries: ['MA'] };
const analyst: Principal = { userId: 'da-1', role: 'data_analyst', countries: ['*'] };
const provider: Principal = { userId: 'sp-1', role: 'service_provider', countries: ['SN'] };
const EXAMPLE = '/grids/SN/example-reintegration-programme/versions';

describe('Embedded mode: feasibility grids, proposals and the returnee’s copy', () => {
  let planning: RunningService;
  const caseId = uuidv7();

  beforeAll(async () => {
    planning = await startTestService('planning', planningService, { mode: 'embedded', sharedBroker: new InProcessBroker() });
    // The plan as planning's deciders recorded it (the write endpoints are another slice's).
    const envelope = { occurredAt: '2027-01-06T09:00:00.000Z', actor: { userId: 'cm-sn-1', role: 'case_manager' as const }, country: 'SN', correlationId: 'test', causationId: null };
    await planning.infra.store.appendToStream(`plan-${caseId}`, awaPlanEvents(caseId).map((e) => ({ ...envelope, type: e.type, data: e.data as never })), { expectedVersion: 0 });
  });
  afterAll(() => planning?.close());

  const call = async (method: 'get' | 'post', path: string, who: Principal, body?: unknown, language = 'en') => {
    const req = request(planning.app.getHttpServer())[method](path).set('Authorization', `Bearer ${await tokenFor(who)}`).set('Accept-Language', language);
    return body === undefined ? req : req.send(body as object);
  };
  const pdf = async (path: string, who: Principal) =>
    request(planning.app.getHttpServer()).get(path).set('Authorization', `Bearer ${await tokenFor(who)}`).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });

  describe('the example grid, shipped at start', () => {
    it('is listed, marked as an example, for those who build plans', async () => {
      const res = await eventually(() => call('get', '/grids', dakar), (r) => r.status === 200 && r.body.total >= 1, 15000);
      expect(res.body.items).toContainEqual(expect.objectContaining({ country: 'SN', programme: 'example-reintegration-programme', version: 1, example: true, rows: EXAMPLE_FEASIBILITY_GRID.rows.length, publishedBy: 'planning' }));
    });

    it('is read whole, version by version', async () => {
      const res = await call('get', `${EXAMPLE}/1`, dakar);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ grid: EXAMPLE_FEASIBILITY_GRID, publishedBy: 'planning' });
      expect((await call('get', `${EXAMPLE}/9`, dakar)).body.code).toBe('GRID_VERSION_NOT_FOUND');
      expect((await call('get', '/grids/SN/another-programme/versions/1', dakar)).body.code).toBe('GRID_NOT_FOUND');
    });

    it('is not for data analysts nor service providers', async () => {
      expect((await call('get', '/grids', analyst)).status).toBe(403);
      expect((await call('get', `${EXAMPLE}/1`, provider)).status).toBe(403);
    });
  });

  describe('proposals for a case’s plan', () => {
    const awa = { needs: ['business_project', 'lacks_vocational_skills', 'psychological_distress', 'health_condition'], factors: [{ factor: 'skills_and_knowledge', assessment: 'capacity' }], vulnerabilities: [{ area: 'mental_health', urgency: 'routine' }], age: 32 };

    it('proposes the grid’s options that fit, each with its row and the conditions that justified it', async () => {
      const res = await call('post', `/plans/${caseId}/proposals`, dakar, awa);
      expect(res.status).toBe(200);
      expect(res.body.candidates.map((c: { row: { rowId: string } }) => c.row.rowId)).toEqual(['eco-startup-grant', 'eco-business-coaching', 'eco-tvet', 'psy-counselling', 'psy-peer-group']);
      expect(res.body.candidates[2]).toMatchObject({ element: { type: 'vocational_training', fromGrid: { gridId: 'example-grid-sn', gridVersion: 1, rowId: 'eco-tvet' } }, justification: { need: 'lacks_vocational_skills', conditions: [{ kind: 'age', min: 16 }] } });
      expect(res.body).toMatchObject({ unanswered: ['health_condition'], grid: { example: true, version: 1 } });
    });

    it('refuses bad input naming the field, an unknown case or one outside your countries, and other roles', async () => {
      const bad = await call('post', `/plans/${caseId}/proposals`, dakar, { ...awa, needs: ['boredom'] }, 'fr');
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['needs']);
      expect((await call('post', `/plans/${uuidv7()}/proposals`, dakar, awa)).body.code).toBe('PLAN_NOT_FOUND');
      expect((await call('post', `/plans/${caseId}/proposals`, rabat, awa)).status).toBe(404);
      expect((await call('post', `/plans/${caseId}/proposals`, analyst, awa)).status).toBe(403);
    });
  });

  describe('the returnee’s copy', () => {
    it('is a PDF in French, with her elements, providers and exit strategy, and no internal note', async () => {
      const res = await pdf(`/plans/${caseId}/versions/1/copy.pdf?lang=fr`, dakar);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      const text = (await pdfText(res.body)).join(' ').replace(/\s+/g, ' ');
      for (const words of ['Mon plan de réintégration', 'Three months of pattern cutting', 'Centre Jàmm', 'Du 15 janvier 2027 au 15 avril 2027', 'Support ends after six months of steady trading', `Référence du dossier : ${caseId}`]) expect(text).toContain(words);
      for (const note of Object.values(INTERNAL_NOTES)) expect(text).not.toContain(note);
    });

    it('is in English when asked, for a supervisor of the country too', async () => {
      const res = await pdf(`/plans/${caseId}/versions/1/copy.pdf?lang=en`, dakarSupervisor);
      expect(res.status).toBe(200);
      expect((await pdfText(res.body)).join(' ')).toContain('My reintegration plan');
    });

    it('answers 404 for a version or a case it does not know, or outside your countries; 403 for other roles; 400 for a language it is not written in', async () => {
      expect((await call('get', `/plans/${caseId}/versions/2/copy.pdf`, dakar)).body.code).toBe('PLAN_VERSION_NOT_FOUND');
      expect((await call('get', `/plans/${uuidv7()}/versions/1/copy.pdf`, dakar)).status).toBe(404);
      expect((await call('get', `/plans/${caseId}/versions/1/copy.pdf`, rabat)).status).toBe(404);
      expect((await call('get', `/plans/${caseId}/versions/1/copy.pdf`, analyst)).status).toBe(403);
      expect((await call('get', `/plans/${caseId}/versions/1/copy.pdf`, provider)).status).toBe(403);
      const de = await call('get', `/plans/${caseId}/versions/1/copy.pdf?lang=de`, dakar);
      expect(de.status).toBe(400);
      expect(de.body.errors[0].field).toBe('lang');
    });
  });

  describe('publishing a grid version', () => {
    const v2 = { ...EXAMPLE_FEASIBILITY_GRID, version: 2, example: false, source: 'Programme feasibility study, 2027' };

    it('refuses a grid its format does not allow, naming the field, in French too', async () => {
      const broken = { ...v2, rows: [{ ...v2.rows[0], need: 'boredom' }, ...v2.rows.slice(1)] };
      const res = await call('post', EXAMPLE, dakarSupervisor, broken, 'fr');
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'INVALID_INPUT', errors: [{ field: 'rows.0.need', message: "n'est pas l'une des valeurs admises" }] });
      const missing = await call('post', EXAMPLE, dakarSupervisor, { ...v2, rows: undefined });
      expect(missing.body.errors).toEqual([{ field: 'rows', message: 'is required' }]);
    });

    it('refuses a grid addressed to another programme, and a supervisor of another country', async () => {
      expect((await call('post', '/grids/SN/other-programme/versions', dakarSupervisor, v2)).body).toMatchObject({ code: 'GRID_ADDRESS_MISMATCH', errors: [{ field: 'programme' }] });
      expect((await call('post', EXAMPLE, rabatSupervisor, v2)).body.code).toBe('OUT_OF_COUNTRY_SCOPE');
      expect((await call('post', EXAMPLE, dakar, v2)).status).toBe(403);
    });

    it('publishes the next version, and refuses it a second time', async () => {
      const res = await call('post', EXAMPLE, dakarSupervisor, v2);
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ country: 'SN', programme: 'example-reintegration-programme', version: 2, example: false });
      const again = await call('post', EXAMPLE, dakarSupervisor, v2);
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ code: 'GRID_VERSION_CONFLICT', nextVersion: 3 });
      const listed = await eventually(() => call('get', '/grids?country=SN&limit=1', dakar), (r) => r.body.items?.[0]?.version === 2, 15000);
      expect(listed.body).toMatchObject({ total: 2, limit: 1, offset: 0, items: [{ version: 2, example: false, publishedBy: 'sup-sn-1' }] });
    });
  });
});
