import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DevClock } from '@homeward/platform';
import { intakeService } from '../../apps/intake/src/intake.module';
import { monitoringService } from '../../apps/monitoring/src/monitoring.module';
import { planningService } from '../../apps/planning/src/planning.module';
import { pdfText } from '@homeward/testing/pdf';
import { runWalkThrough, startAsNpmStart } from '../testing/walk-through';

/**
 * The README sends a new user to tools/try-monitoring.sh (issue 14's "Done when"): it must keep working as
 * written, across intake, planning and monitoring started as `HOMEWARD_DEV_CLOCK=1 npm start` starts them,
 * one dev clock shared by the three.
 */
describe("The README's monitoring walk-through script", () => {
  let platform: Awaited<ReturnType<typeof startAsNpmStart>>;
  const devClock = new DevClock();
  let output: string;
  let copyDir: string;
  /** The first line printed after a line of the script's own, as JSON. */
  const after = (line: string) => {
    const at = output.indexOf(line);
    if (at < 0) throw new Error(`the script never printed: ${line}`);
    return JSON.parse(output.slice(at + line.length).split('\n')[0]);
  };
  const caseId = () => output.match(/Done: case ([0-9a-f-]+)/)![1];
  const monitoringStream = () => platform.running[2].infra.store.readStream(`monitoring-${caseId()}`);

  beforeAll(async () => {
    platform = await startAsNpmStart(
      [
        ['intake', intakeService],
        ['planning', planningService],
        ['monitoring', monitoringService],
      ],
      { devClock },
    );
    copyDir = await mkdtemp(join(tmpdir(), 'try-monitoring-'));
    const [INTAKE, PLANNING, MONITORING] = platform.urls;
    output = await runWalkThrough('try-monitoring.sh', { INTAKE, PLANNING, MONITORING, COPY_DIR: copyDir });
  }, 180000);
  afterAll(async () => {
    await platform?.close();
    if (copyDir) await rm(copyDir, { recursive: true, force: true });
  });

  it('refuses nothing on the way and ends', () => {
    expect(output.match(/"code":"[A-Z_]+"/g)).toBeNull();
    expect(output).not.toContain('FAIL');
    expect(output).toMatch(/Done: case [0-9a-f-]{36}/);
  });

  it('shows the whole schedule from the approval: meetings at 15, 30, 60 and 90 days then quarterly, surveys from the baseline, both reports', () => {
    const schedule = JSON.parse(output.slice(output.indexOf('{"caseId"', output.indexOf('4. In monitoring'))).split('\n')[0]);
    expect(schedule).toMatchObject({ caseId: caseId(), status: 'open', plan: { version: 1, country: 'SN' } });
    const approvedOn = schedule.plan.approvedOn as string;
    const daysAfter = (day: string) => Math.round((Date.parse(day) - Date.parse(approvedOn)) / 86_400_000);
    expect(schedule.meetings.slice(0, 4).map((m: { dueOn: string }) => daysAfter(m.dueOn))).toEqual([15, 30, 60, 90]);
    expect(schedule.meetings.length).toBeGreaterThan(4);
    expect(schedule.rssSurveys[0]).toMatchObject({ followUpId: 'rss-0', dueOn: approvedOn, status: 'pending' });
    expect(schedule.rssSurveys.length).toBeGreaterThan(4);
    expect(schedule.reports).toEqual([
      { report: 'mid_term', dueOn: expect.any(String), issued: false, due: false },
      { report: 'final', dueOn: expect.any(String), issued: false, due: false },
    ]);
    expect(output).toMatch(/"meetings":\["p1-m1 \d{4}-\d\d-\d\d"/);
  });

  it('scores the surveys under the provisional table and says so', () => {
    expect(output).toMatch(/\{"version":"rss-provisional-1","provisional":true,"indicators":15,"notice":"Provisional scoring/);
    expect(output).toMatch(/"events":\["monitoring\.RssSurveyRecorded"\],"surveyId":"[^"]+","tableVersion":"rss-provisional-1","provisional":true/);
  });

  it('raises the overdue alert once the clock passes the first meeting, and only once', async () => {
    const [overdue] = after('The overdue follow-ups of Senegal, for her case manager and the supervisor:\n');
    expect(overdue).toEqual({ caseId: caseId(), followUpId: 'p1-m1', kind: 'meeting', dueOn: expect.any(String), country: 'SN', raisedAt: expect.any(String) });
    expect(after('Her schedule marks it:\n')).toEqual([{ followUpId: 'p1-m1', dueOn: overdue.dueOn, status: 'pending', overdue: true }]);
    expect(after('Moving the clock again raises it no second time:\n')).toEqual({ fired: 0 });
    expect((await monitoringStream()).filter((e) => e.type === 'monitoring.FollowUpOverdue').map((e) => e.data.followUpId)).toEqual(['p1-m1']);
  });

  it('recommends a plan review after the drop, and planning shows it on the plan', () => {
    expect(output).toMatch(/"events":\["monitoring\.RssSurveyRecorded","monitoring\.PlanReviewRecommended"\]/);
    const [baseline, dropped] = after('Her RSS trend (composite):\n').map((line: string) => Number(line.split(' ')[1]));
    expect(dropped).toBeLessThan(baseline - 0.1);
    const plan = after('In planning, carried by monitoring\'s topic, the recommendation is on her plan:\n');
    expect(plan).toEqual({ status: 'active', reviewRecommendations: [expect.objectContaining({ reason: 'rss_drop', threshold: 0.1, drops: expect.arrayContaining([expect.objectContaining({ score: 'composite' })]) })] });
  });

  it('records the meeting with its W-model points, which takes the alert off the list', () => {
    expect(output).toContain('"events":["monitoring.FollowUpMeetingRecorded","monitoring.WModelPointRecorded","monitoring.WModelPointRecorded","monitoring.WModelPointRecorded"]');
    expect(after('Held, it leaves the overdue list:\n')).toEqual([]);
  });

  it('downloads the mid-term report in French, with the W-model chart and its points', async () => {
    expect(output).toMatch(/200 application\/pdf \d+ bytes/);
    const [file] = await readdir(copyDir);
    expect(file).toBe(`monitoring-mid_term-${caseId()}-fr.pdf`);
    const text = (await pdfText(await readFile(join(copyDir, file)))).join(' ').replace(/\s+/g, ' ');
    for (const words of ['Rapport de suivi à mi-parcours', `Référence du dossier : ${caseId()}`, 'Modèle en W : hauts (+) et bas (-) par dimension', 'Sens × intensité', 'Économique, bas 4/5 : The rent of the room doubled', 'Social, haut 3/5', 'provisoire']) {
      expect(text).toContain(words);
    }
    // No meeting notes in a report.
    expect(text).not.toContain('Sleeps badly');
    expect(output).toContain('the W-model chart is in the PDF: Modèle en W');
  });

  it('closes the case: what was to come is cancelled, and two years on the clock raise no alert', async () => {
    expect(output).toMatch(/"events":\["monitoring\.MonitoringClosed"(,"monitoring\.FollowUpCancelled")+\]/);
    expect(output).toContain('{"status":"closed","meetings":["held","cancelled"],"rssSurveys":["held","cancelled"]}');
    expect(after('Overdue follow-ups of her case:\n')).toEqual([]);
    expect(after('Reports due of her case:\n')).toEqual([]);
    const events = await monitoringStream();
    const closedAt = events.findIndex((e) => e.type === 'monitoring.MonitoringClosed');
    expect(closedAt).toBeGreaterThan(0);
    expect(events.slice(closedAt + 1).filter((e) => ['monitoring.FollowUpOverdue', 'monitoring.ReportDue'].includes(e.type))).toEqual([]);
    expect(devClock.read().offsetMs).toBeGreaterThan(2 * 365 * 86_400_000);
  });
});
