import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { InProcessBroker } from '@homeward/events';
import type { RunningService } from '@homeward/platform';
import { intakeService } from '../../apps/intake/src/intake.module';
import { startTestService } from '../testing/test-services';
import { TEST_ISSUER, TEST_SECRET } from '../testing/test-auth';

/** The README sends a new user to tools/try-intake.sh: it must keep working as written. */
describe("The README's intake walk-through script", () => {
  let intake: RunningService;
  let output: string;

  beforeAll(async () => {
    // As npm start counts the Rabat office's day, and so does the script.
    const officeTimeZones = { MA: 'Africa/Casablanca' };
    intake = await startTestService('intake', intakeService, { mode: 'embedded', sharedBroker: new InProcessBroker(), officeTimeZones });
    const run = await promisify(execFile)('bash', [resolve(__dirname, '../try-intake.sh')], {
      env: { ...process.env, INTAKE: intake.url.replace('[::1]', 'localhost'), HOMEWARD_JWT_SECRET: TEST_SECRET, HOMEWARD_JWT_ISSUER: TEST_ISSUER },
    });
    output = run.stdout + run.stderr;
  }, 90000);
  afterAll(() => intake?.close());

  it('refuses exactly what it means to refuse: assessment before consent, sharing after withdrawal, a bad date in French', () => {
    const refusals = output.match(/"code":"[A-Z_]+"/g);
    expect(refusals).toEqual(['"code":"CONSENT_REQUIRED"', '"code":"SHARING_NOT_CONSENTED"', '"code":"INVALID_INPUT"']);
    expect(output).toContain('"message":"arrivalDate: doit être');
  });

  it('shows the urgent need, the case file with and without its sensitive part, and the consent answer turning to no', () => {
    // Her own case manager sees the kind of the urgent need; a colleague would not.
    expect(output).toMatch(/"urgency":"life_threatening"[^}]*"serviceNeeded":"medical"/);
    expect(output).toContain('"sensitiveWithheld":false');
    expect(output).toContain('"sensitiveWithheld":true');
    expect(output).toMatch(/"allowed":true[\s\S]*"allowed":false,"reason":"CONSENT_WITHDRAWN"/);
  });
});
