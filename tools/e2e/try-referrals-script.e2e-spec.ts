import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DevClock } from '@homeward/platform';
import { intakeService } from '../../apps/intake/src/intake.module';
import { planningService } from '../../apps/planning/src/planning.module';
import { pdfText } from '@homeward/testing/pdf';
import { referralsService } from '../../apps/referrals/src/referrals.module';
import { runWalkThrough, startAsNpmStart } from '../testing/walk-through';

const HOUR_MS = 3_600_000;

/**
 * The README sends a new user to tools/try-referrals.sh (issue 13's "Done when"): it must keep working as
 * written, across intake, planning and referrals started as `HOMEWARD_DEV_CLOCK=1 npm start` starts them,
 * the example directory registered and one dev clock shared by the three.
 */
describe("The README's referrals walk-through script", () => {
  let platform: Awaited<ReturnType<typeof startAsNpmStart>>;
  const devClock = new DevClock();
  let output: string;
  let copyDir: string;
  /** The answer printed after a line of the script's own. */
  const after = (line: string) => output.slice(output.indexOf(line) + line.length);

  beforeAll(async () => {
    platform = await startAsNpmStart(
      [
        ['intake', intakeService],
        ['planning', planningService],
        ['referrals', referralsService],
      ],
      { devClock },
    );
    copyDir = await mkdtemp(join(tmpdir(), 'try-referrals-'));
    const [INTAKE, PLANNING, REFERRALS] = platform.urls;
    output = await runWalkThrough('try-referrals.sh', { INTAKE, PLANNING, REFERRALS, COPY_DIR: copyDir });
  }, 180000);
  afterAll(async () => {
    await platform?.close();
    if (copyDir) await rm(copyDir, { recursive: true, force: true });
  });

  it('refuses exactly what it means to refuse, in order', () => {
    expect(output.match(/"code":"[A-Z_]+"/g)).toEqual([
      '"code":"ROLE_NOT_ALLOWED"', // a case manager reading the escalations
      '"code":"ROLE_NOT_ALLOWED"', // the clinic reading the intake case file
      '"code":"REFERRAL_CONSENT_WITHDRAWN"', // the clinic, once she withdrew her consent
    ]);
    expect(output).not.toContain('FAIL');
  });

  // How fast is the bench's to measure (npm run bench -- urgent), not a test's: here, that it arrives, and that the script says after how long.
  it('a: the urgent referral reaches the clinic after the life-threatening finding, and the script says how long it took', () => {
    expect(output).toMatch(/urgent referral in the clinic's inbox after \d+ ms/);
    expect(output).toMatch(/"referralId":"urgent-[0-9a-f-]+","serviceType":"emergency_health","status":"sent"/);
  });

  it('b: once the dev clock passes the acknowledgement time, the escalation is in the supervisors’ list', () => {
    expect(output).toContain('{"status":"sent","acknowledgeBy":');
    const moved = output.match(/\{"now":"[^"]+","offsetMs":(\d+),"fired":(\d+)\}/);
    expect(moved).not.toBeNull();
    expect(Number(moved![1])).toBe(25 * HOUR_MS);
    expect(Number(moved![2])).toBeGreaterThanOrEqual(1);
    expect(devClock.read().offsetMs).toBe(25 * HOUR_MS);
    const escalations = JSON.parse(after("The supervisors' escalations (Senegal):\n").split('\n')[0]);
    expect(escalations).toEqual([expect.objectContaining({ stage: 'not_acknowledged', office: 'SN', status: 'open', providerId: 'prov-clinique-espoir' })]);
  });

  it('c: acknowledged by the clinic, intake marks the need addressed through its reaction; the first need stays urgent', () => {
    expect(output).toContain('"events":["referrals.ReferralAcknowledged"]');
    expect(output).toMatch(/\[\{"type":"intake\.UrgentNeedAddressed","needId":"[0-9a-f-]+","actor":\{"role":"system","userId":"mark-urgent-need-addressed-when-referral-acknowledged"\}\}\]/);
    expect(output).toContain('["first need: still urgent"]');
  });

  it("d: the plan element's referral shows the clinic only the medical minimum data set, in its view and in the PDF", async () => {
    expect(output).toMatch(/"status":"requested","source":"plan_element","providerId":"prov-clinique-espoir"/);
    expect(output).toContain('{"sharedFields":["firstName","lastName","phone","language","sex","ageYears","needSummary"],"dateOfBirth":"absent","email":"absent","address":"absent"}');
    const [file] = await readdir(copyDir);
    expect(file).toMatch(/^referral-.*-fr\.pdf$/);
    const text = (await pdfText(await readFile(join(copyDir, file)))).join(' ').replace(/\s+/g, ' ');
    for (const words of ['Orientation', 'Clinique Espoir (example)', 'Médical et santé', 'Prénom : Awa', 'Téléphone : +221 77 000 00 00', 'Âge : 32 ans', 'Type 1 diabetes']) expect(text).toContain(words);
    for (const words of ['1994-03-02', 'awa@example.org', 'Grand Yoff', 'wo']) expect(text).not.toMatch(new RegExp(`\\b${words}\\b`));
  });

  it('e: the element no provider takes is an unmet need; its row is withheld under 5 and counted from 5, in JSON and CSV', () => {
    expect(output).toMatch(/"source":"plan_element","status":"open","country":"SN","sourceId":"e-housing"/);
    const withheld = '{"threshold":5,"housing":[{"country":"SN","area":null,"serviceType":"housing_food_nutrition","recorded":null,"open":null,"met":null,"closed":null}]}';
    const shown = '{"threshold":5,"housing":[{"country":"SN","area":null,"serviceType":"housing_food_nutrition","recorded":5,"open":5,"met":0,"closed":0}]}';
    expect(output.indexOf(withheld)).toBeGreaterThan(-1);
    expect(output.indexOf(shown)).toBeGreaterThan(output.indexOf(withheld));
    expect(output).toMatch(/country,area,serviceType,recorded,open,met,closed\r?\nSN,,housing_food_nutrition,<5,<5,<5,<5/);
    expect(output).toMatch(/country,area,serviceType,recorded,open,met,closed\r?\nSN,,housing_food_nutrition,5,5,0,0/);
  });

  it("f: her consent withdrawn, the clinic's reads answer 403 and its inbox withholds the values; her case manager is told", () => {
    expect(output).toMatch(/\{"statusCode":403,"code":"REFERRAL_CONSENT_WITHDRAWN"/);
    expect(output).toMatch(/"serviceType":"medical_health","status":"on_hold","sentAt":"[^"]+","sharedFields":\[[^\]]*\],"withheld":"REFERRAL_CONSENT_WITHDRAWN"\}/);
    expect(JSON.parse(after('Her case manager sees it among the referrals needing attention:\n').split('\n')[0])).toEqual(
      expect.arrayContaining([expect.objectContaining({ status: 'on_hold' })]),
    );
  });
});
