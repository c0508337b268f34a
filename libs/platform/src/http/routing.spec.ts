import { Body, Controller, Get, Module, Param, Post, type INestApplication } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, NestFactory } from '@nestjs/core';
import { IsOptional, IsString } from 'class-validator';
import request from 'supertest';
import { createLogger } from '../observability/logger';
import { ErrorFilter } from './error.filter';
import { jsonBody } from './json-body.middleware';
import { methodNotAllowed } from './method-not-allowed.middleware';
import { NoBodyInterceptor } from './no-body.interceptor';
import { strictValidationPipe } from './validation';

class Note {
  @IsOptional() @IsString() text?: string;
}

@Controller('cases')
class CasesController {
  @Get(':id')
  read(@Param('id') id: string) {
    return { id };
  }

  @Post(':id/notes')
  note(@Param('id') id: string, @Body() note: Note) {
    return { id, note };
  }

  @Post(':id/start')
  start(@Param('id') id: string) {
    return { started: id };
  }
}

@Module({
  controllers: [CasesController],
  providers: [
    { provide: APP_FILTER, useValue: new ErrorFilter(createLogger('test', 'silent')) },
    { provide: APP_INTERCEPTOR, useClass: NoBodyInterceptor },
  ],
})
class TestModule {}

/** The platform's HTTP pieces around a controller, as startService puts them together. */
describe('Routing answers', () => {
  let app: INestApplication;
  beforeAll(async () => {
    app = await NestFactory.create(TestModule, { logger: false, bodyParser: false });
    app.use(methodNotAllowed(app.getHttpAdapter().getInstance()));
    app.use(jsonBody('64kb'));
    app.useGlobalPipes(strictValidationPipe());
    await app.init();
  });
  afterAll(() => app.close());

  describe('a method a path does not take', () => {
    it.each(['TRACE', 'DELETE', 'PUT', 'PATCH'])('%s is 405 with the methods the path takes in Allow', async (method) => {
      const res = await request(app.getHttpServer())[method.toLowerCase() as 'delete']('/cases/c-1');
      expect(res.status).toBe(405);
      expect(res.headers.allow).toBe('GET, HEAD');
      expect(res.body).toEqual({ statusCode: 405, code: 'METHOD_NOT_ALLOWED', message: `${method} is not allowed here; allowed: GET, HEAD` });
    });

    it('says so in French, and lists POST for a write', async () => {
      const res = await request(app.getHttpServer()).get('/cases/c-1/notes').set('Accept-Language', 'fr');
      expect(res.status).toBe(405);
      expect(res.headers.allow).toBe('POST');
      expect(res.body).toMatchObject({ code: 'METHOD_NOT_ALLOWED', message: expect.stringMatching(/n'est pas permise/) });
    });

    it('leaves the methods it takes, HEAD for a GET, and unknown paths (404) alone', async () => {
      expect((await request(app.getHttpServer()).get('/cases/c-1')).status).toBe(200);
      expect((await request(app.getHttpServer()).head('/cases/c-1')).status).toBe(200);
      expect((await request(app.getHttpServer()).trace('/nothing/here')).status).toBe(404);
      expect((await request(app.getHttpServer()).get('/cases/c-1/unknown')).status).toBe(404);
    });
  });

  describe('a handler that takes no body', () => {
    it('refuses a body with a 400 naming it, in English or French', async () => {
      const res = await request(app.getHttpServer()).post('/cases/c-1/start').send({ reason: 'x' });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'INVALID_INPUT', errors: [{ field: 'body', message: 'must be empty: this endpoint takes no body' }] });
      const fr = await request(app.getHttpServer()).post('/cases/c-1/start').set('Accept-Language', 'fr').send([1]);
      expect(fr.body.errors).toEqual([{ field: 'body', message: 'doit être vide : cette requête ne prend pas de corps' }]);
      expect((await request(app.getHttpServer()).get('/cases/c-1').set('Content-Type', 'application/json').send('{"a":1}')).status).toBe(400);
    });

    it('takes no body at all, an empty body and {}', async () => {
      expect((await request(app.getHttpServer()).post('/cases/c-1/start')).status).toBe(201);
      expect((await request(app.getHttpServer()).post('/cases/c-1/start').set('Content-Type', 'application/json').send('')).status).toBe(201);
      expect((await request(app.getHttpServer()).post('/cases/c-1/start').send({})).status).toBe(201);
    });

    it('leaves handlers that take one to their DTO', async () => {
      expect((await request(app.getHttpServer()).post('/cases/c-1/notes').send({ text: 'x' })).body).toEqual({ id: 'c-1', note: { text: 'x' } });
    });
  });
});
