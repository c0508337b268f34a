#!/usr/bin/env bash
# The README's monitoring walk-through as one script, against a running platform started with its dev clock
# (HOMEWARD_DEV_CLOCK=1 npm start): a plan approved in planning becomes monitoring's schedule; the clock passes a
# meeting and the overdue alert is raised; two RSS surveys with a drop put a review recommendation on the plan in
# planning; a meeting tells the W-model's highs and lows; the mid-term report's PDF holds the W-model chart;
# closed, the case raises no alert however far the clock moves.
# Usage: bash tools/try-monitoring.sh   (needs the dev tokens: it makes them itself with npm run tokens)
set -euo pipefail
cd "$(dirname "$0")/.."
eval "$(npm run -s tokens | grep ^export)"
INTAKE=${INTAKE:-http://localhost:3001}
PLANNING=${PLANNING:-http://localhost:3002}
MONITORING=${MONITORING:-http://localhost:3004}
source tools/try-common.sh
intake() { call "$INTAKE" "$@"; }
plan() { call "$PLANNING" "$@"; }
mon() { call "$MONITORING" "$@"; }
as_me_officer() { TOKEN=$TOKEN_ME_OFFICER "$@"; }
# days_from DAY N — the day N days after DAY (N may be negative)
days_from() { date -u -d "$1 $2 days" +%F; }

step "The platform's clock (HOMEWARD_DEV_CLOCK=1 npm start lets an admin move it forward)"
require_dev_clock "$MONITORING"
# Every day below is the Dakar office's, as the platform's clock reads it: the office holding her case and plan.
TODAY=$(platform_day "$MONITORING")

step "1. In intake, at the Dakar office: Awa, met on her return"
CASE=$(intake POST /returnees "{\"firstName\":\"Awa\",\"lastName\":\"Diallo$RANDOM\",\"dateOfBirth\":\"1994-03-02\",\"sex\":\"female\",\"nationality\":\"SN\",
  \"languages\":[\"fr\",\"wo\"],\"hostCountry\":\"MA\",\"countryOfOrigin\":\"SN\",\"plannedReturnDate\":\"$TODAY\",\"office\":\"SN\"}" | pick a.caseId)
intake POST "/cases/$CASE/arrival" "{\"arrivalDate\":\"$TODAY\"}"

step "2. In planning (as tools/try-planning.sh, shortened): her plan drafted, submitted, approved by the supervisor"
until_says '"status"' plan GET "/plans/$CASE" | only '({ status: a.status, dueOn: a.dueOn })'
plan PUT "/plans/$CASE/draft" '{"elements":[
    {"elementId":"e-training","type":"vocational_training","description":"Pattern cutting, three days a week","provider":{"name":"Centre de formation de Thiès"},"responsibility":"provider","status":"planned"},
    {"elementId":"e-psy","type":"psychosocial","description":"A talk each month with her case manager","responsibility":"case_manager","status":"planned"}],
  "followUp":"A visit each month","feedbackCollection":"Asked at each visit","informationExchange":"Providers receive only what her consent names",
  "estimatedDurationMonths":12,"exitStrategy":"Closed once she works as a tailor","transitionToMainstream":"The chamber of trades"}'
plan POST "/plans/$CASE/versions/1/submission"
TOKEN=$TOKEN_SUPERVISOR plan POST "/plans/$CASE/versions/1/approval"
step "3. She consents to assistance in intake (the plan's form); planning learns of it and the plan comes into force"
intake POST "/cases/$CASE/consents" "{\"decision\":\"given\",\"purpose\":\"assistance\",\"dataCategories\":[\"identity\",\"contact\",\"plan\"],\"decidedOn\":\"$TODAY\",\"formVersion\":\"plan-v1\",\"language\":\"fr\"}"
until_says PlanActivated plan POST "/plans/$CASE/versions/1/activation"

step "4. In monitoring: the approval, carried by planning's topic, became her schedule (the example rules of Senegal: 18 months)"
SCHEDULE=$(until_says '"meetings"' mon GET "/cases/$CASE/schedule")
echo "$SCHEDULE"
echo "$SCHEDULE" | only '({ rules: "follow-ups until " + a.followUpEndsOn, meetings: a.meetings.map((m) => m.followUpId + " " + m.dueOn), rssSurveys: a.rssSurveys.map((s) => s.followUpId + " " + s.dueOn), reports: a.reports.map((r) => r.report + " " + r.dueOn) })'
FIRST_MEETING=$(echo "$SCHEDULE" | only 'a.meetings[0].followUpId')
FIRST_DAY=$(echo "$SCHEDULE" | only 'a.meetings[0].dueOn')

step "5. The baseline RSS survey, by the M&E officer, scored under the table in use (provisional: its numbers are assumed)"
TABLE=$(as_me_officer mon GET /rss/tables/current)
echo "$TABLE" | only '({ version: a.version, provisional: a.provisional, indicators: a.indicators.length, notice: a.notice.en })'
# answers_all N — every question of the table answered N (its scales run 1 to 5)
answers_all() { echo "$TABLE" | only "Object.fromEntries(a.indicators.map((i) => [i.indicatorId, $1]))"; }
BASELINE=$(as_me_officer mon POST "/cases/$CASE/surveys" "{\"conductedOn\":\"$TODAY\",\"answers\":$(answers_all 4)}")
echo "$BASELINE"

step "6. Nobody meets her on $FIRST_DAY: an admin moves the clock past the day, and the overdue alert is raised"
HOURS=$(( ( $(date -u -d "$FIRST_DAY" +%s) - $(date -u -d "$TODAY" +%s) ) / 3600 + 48 ))
TOKEN=$TOKEN_ADMIN mon POST /dev/clock/advance "{\"hours\":$HOURS}"
TODAY=$(platform_day "$MONITORING")
echo "The overdue follow-ups of Senegal, for her case manager and the supervisor:"
until_says "\"caseId\":\"$CASE\"" mon GET "/alerts/overdue-follow-ups?country=SN&limit=200" | only "a.items.filter((i) => i.caseId === '$CASE')"
echo "Her schedule marks it:"
mon GET "/cases/$CASE/schedule" | only "a.meetings.filter((m) => m.overdue).map((m) => ({ followUpId: m.followUpId, dueOn: m.dueOn, status: m.status, overdue: m.overdue }))"
echo "Moving the clock again raises it no second time:"
TOKEN=$TOKEN_ADMIN mon POST /dev/clock/advance '{"hours":1}' | only '({ fired: a.fired })'

step "7. A second survey, a fortnight later: her scores fell beyond the threshold, so monitoring recommends a plan review"
DROPPED=$(as_me_officer mon POST "/cases/$CASE/surveys" "{\"conductedOn\":\"$TODAY\",\"answers\":$(answers_all 2)}")
echo "$DROPPED"
echo "Her RSS trend (composite):"
as_me_officer mon GET "/cases/$CASE/rss-trend" | only 'a.surveys.map((s) => s.conductedOn + " " + s.scores.composite)'
echo "In planning, carried by monitoring's topic, the recommendation is on her plan:"
until_says '"rss_drop"' plan GET "/plans/$CASE" | only '({ status: a.status, reviewRecommendations: a.reviewRecommendations })'

step "8. The late meeting held at home: where the plan stands, and the highs and lows of her return (the W-model)"
mon POST "/cases/$CASE/meetings" "{\"followUpId\":\"$FIRST_MEETING\",\"heldOn\":\"$TODAY\",\"mode\":\"home_visit\",\"attendees\":[\"returnee\",\"case_manager\"],
  \"notes\":\"Sleeps badly since the rent went up\",\"feedback\":\"Wants evening classes\",
  \"elementStatuses\":[{\"elementId\":\"e-training\",\"status\":\"in_progress\"},{\"elementId\":\"e-psy\",\"status\":\"in_progress\"}],
  \"wModelPoints\":[
    {\"occurredOn\":\"$(days_from "$TODAY" -14)\",\"dimension\":\"social\",\"direction\":\"up\",\"intensity\":3,\"whatHappened\":\"Her family welcomed her home\"},
    {\"occurredOn\":\"$(days_from "$TODAY" -7)\",\"dimension\":\"economic\",\"direction\":\"down\",\"intensity\":4,\"whatHappened\":\"The rent of the room doubled\"},
    {\"occurredOn\":\"$(days_from "$TODAY" -2)\",\"dimension\":\"economic\",\"direction\":\"up\",\"intensity\":2,\"whatHappened\":\"Started the training course\"}]}"
echo "Held, it leaves the overdue list:"
sleep 1
mon GET "/alerts/overdue-follow-ups?country=SN&limit=200" | only "a.items.filter((i) => i.caseId === '$CASE')"

PDF=${COPY_DIR:-${TMPDIR:-/tmp}}/monitoring-mid_term-$CASE-fr.pdf
step "9. The mid-term monitoring report as a PDF, in French: $PDF"
# The report's read model runs behind the meeting: wait until its HTML holds the W-model's points.
until_says 'The rent of the room doubled' mon GET "/cases/$CASE/reports/mid_term?lang=fr" >/dev/null
download "$MONITORING/cases/$CASE/reports/mid_term?format=pdf&lang=fr" "$PDF"
TEXT=$(node -r @swc-node/register tools/pdf-text-cli.ts "$PDF")
echo "$TEXT"
# The chart's words stay text in the PDF (drawn in standard Helvetica, whose minus sign is a hyphen).
for chart in 'Modèle en W : hauts (+) et bas (' 'Sens × intensité'; do
  case "$TEXT" in *"$chart"*) echo "the W-model chart is in the PDF: $chart" ;; *) echo "FAIL: no W-model chart in the PDF ($chart)" >&2; exit 1 ;; esac
done

step "10. The case closed, her exit strategy completed and handed over to the chamber of trades"
mon POST "/cases/$CASE/closure" "{\"reason\":\"exit_strategy_completed\",\"closedOn\":\"$TODAY\",\"handover\":[{\"organisation\":\"Chambre des métiers de Thiès\",\"dimension\":\"economic\"}]}"
mon GET "/cases/$CASE/schedule" | only '({ status: a.status, meetings: [...new Set(a.meetings.map((m) => m.status))], rssSurveys: [...new Set(a.rssSurveys.map((s) => s.status))] })'
step "11. Two years later on the clock (a year a move), past every meeting and both reports' days: her case raises no alert"
TOKEN=$TOKEN_ADMIN mon POST /dev/clock/advance '{"hours":8760}'
TOKEN=$TOKEN_ADMIN mon POST /dev/clock/advance '{"hours":8760}'
sleep 1
echo "Overdue follow-ups of her case:"
mon GET "/alerts/overdue-follow-ups?country=SN&limit=200" | only "a.items.filter((i) => i.caseId === '$CASE')"
echo "Reports due of her case:"
mon GET "/alerts/reports-due?country=SN&limit=200" | only "a.items.filter((i) => i.caseId === '$CASE')"
mon GET "/cases/$CASE/schedule" | only '({ status: a.status, overdue: a.meetings.filter((m) => m.overdue).map((m) => m.followUpId), reports: a.reports })'

step "Done: case $CASE"
