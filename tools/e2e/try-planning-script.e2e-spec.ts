import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { intakeService } from '../../apps/intake/src/intake.module';
import { planningService } from '../../apps/planning/src/planning.module';
import { pdfText } from '@homeward/testing/pdf';
import { runWalkThrough, startAsNpmStart } from '../testing/walk-through';

/** The README sends a new user to tools/try-planning.sh: it must keep working as written, across two services. */
describe("The README's planning walk-through script", () => {
  let platform: Awaited<ReturnType<typeof startAsNpmStart>>;
  let output: string;
  let copyDir: string;

  beforeAll(async () => {
    // As npm start does: planning opens the details intake shares (one key store), offices count their own days.
    platform = await startAsNpmStart([
      ['intake', intakeService],
      ['planning', planningService],
    ]);
    copyDir = await mkdtemp(join(tmpdir(), 'try-planning-'));
    const [INTAKE, PLANNING] = platform.urls;
    output = await runWalkThrough('try-planning.sh', { INTAKE, PLANNING, COPY_DIR: copyDir });
  }, 120000);
  afterAll(async () => {
    await platform?.close();
    if (copyDir) await rm(copyDir, { recursive: true, force: true });
  });

  it('refuses exactly what it means to refuse, in order', () => {
    expect(output.match(/"code":"[A-Z_]+"/g)).toEqual([
      '"code":"ROLE_NOT_ALLOWED"', // a case manager approving the allocation
      '"code":"PLAN_CONSENT_MISSING"', // version 1 before she signs
      '"code":"APPROVED_AMOUNT_EXCEEDED"', // the third payment
      '"code":"PLAN_CONSENT_MISSING"', // version 2 under the form she signed for version 1
      '"code":"INVALID_INPUT"', // the bad payment, in French
    ]);
    expect(output).toMatch(/"uncovered":\[\{"component":"plan","reason":"NO_CONSENT"\}\][\s\S]*"uncovered":\[\{"component":"plan","reason":"SIGNED_BEFORE_THIS_VERSION"\}\]/);
    expect(output).toContain('"message":"amount: ne doit pas être inférieur à 1');
  });

  it('shows the plan due a month after the arrival, drafted from the example grid, both versions brought into force in turn', () => {
    const due = output.match(/\{"status":"due","country":"SN","arrivalDate":"(\d{4}-\d\d-\d\d)","dueOn":"(\d{4}-\d\d-\d\d)"\}/);
    expect(due).not.toBeNull();
    const [, arrived, dueOn] = due!;
    const monthLater = new Date(`${arrived}T00:00:00Z`);
    monthLater.setUTCMonth(monthLater.getUTCMonth() + 1);
    expect(dueOn).toBe(monthLater.toISOString().slice(0, 10));
    expect(output).toContain('"example":true');
    expect(output.match(/"events":\["planning\.[A-Za-z]+/g)).toEqual(
      [
        'PlanDrafted',
        'AllocationDecided',
        'AllocationApproved',
        'PlanSubmitted',
        'PlanApproved',
        'PlanActivated',
        'DisbursementRecorded',
        'DisbursementRecorded',
        'PlanRevised',
        'PlanSubmitted',
        'PlanApproved',
        'PlanActivated',
      ].map((type) => `"events":["planning.${type}`),
    );
    expect(output).toContain('{"status":"active","versions":[[1,"superseded"],[2,"active"]]}');
    expect(output).toMatch(/"changed":\[\{"elementId":"e-\d+","changes":\[\{"field":"description"[^\]]*\(in Mbour\)/);
  });

  it('downloads her copy in French: her name, her elements, providers and exit strategy', async () => {
    const [file] = await readdir(copyDir);
    expect(file).toMatch(/^plan-.*-v1-fr\.pdf$/);
    const text = (await pdfText(await readFile(join(copyDir, file)))).join(' ').replace(/\s+/g, ' ');
    for (const words of ['Mon plan de réintégration', 'Établi pour Awa Diallo', 'Centre de formation de Thiès', 'Centre Jàmm', 'Closed once the shop has traded for six months']) expect(text).toContain(words);
  });
});
