#!/usr/bin/env bash
# The README's planning walk-through as one script, against a running platform (npm start): from an
# arrival in intake to a plan in force, paid, revised, and refused activation until consent is signed again.
# Usage: bash tools/try-planning.sh   (needs the dev tokens: it makes them itself with npm run tokens)
set -euo pipefail
cd "$(dirname "$0")/.."
eval "$(npm run -s tokens | grep ^export)"
INTAKE=${INTAKE:-http://localhost:3001}
PLANNING=${PLANNING:-http://localhost:3002}
# Intake's forms are dated by the Rabat office that holds her case (Africa/Casablanca, an hour ahead of UTC
# in the evening), planning's by the Dakar office that holds her plan (Africa/Dakar).
TODAY=$(TZ=Africa/Casablanca date +%F)
DAKAR_TODAY=$(TZ=Africa/Dakar date +%F)

source tools/try-common.sh
intake() { call "$INTAKE" "$@"; }
plan() { call "$PLANNING" "$@"; }
# until_ok PATH — planning learns of intake through its topic: waits until the plan answers 200
until_ok() { for _ in $(seq 1 60); do [ "$(curl -s -o /dev/null -w '%{http_code}' "$PLANNING$1" -H "Authorization: Bearer $TOKEN_CASE_MANAGER")" = 200 ] && return; sleep 0.5; done; echo "planning never answered $1" >&2; exit 1; }
# until_activated N — tries the activation until planning has learnt the new consent form (a 409 until then)
until_activated() {
  for _ in $(seq 1 60); do
    answer=$(plan POST "/plans/$CASE/versions/$1/activation")
    case "$answer" in *PlanActivated*) echo "$answer"; return ;; esac
    sleep 0.5
  done
  echo "version $1 was never activated: $answer" >&2; exit 1
}
CONSENT_FORM="{\"decision\":\"given\",\"purpose\":\"assistance\",\"dataCategories\":[\"identity\",\"contact\",\"plan\"],\"decidedOn\":\"$TODAY\",\"formVersion\":\"plan-v1\",\"language\":\"fr\"}"

step "In intake: register Awa in Rabat, then record her arrival in Senegal"
CASE=$(intake POST /returnees "{\"firstName\":\"Awa\",\"lastName\":\"Diallo$RANDOM\",\"dateOfBirth\":\"1994-03-02\",\"sex\":\"female\",
  \"nationality\":\"SN\",\"languages\":[\"fr\",\"wo\"],\"hostCountry\":\"MA\",\"countryOfOrigin\":\"SN\",\"plannedReturnDate\":\"$TODAY\"}" | pick a.caseId)
intake POST "/cases/$CASE/arrival" "{\"arrivalDate\":\"$TODAY\"}"

step "In planning: the arrival, carried by intake's topic, made her plan due in a month"
until_ok "/plans/$CASE"
plan GET "/plans/$CASE" | only '({ status: a.status, country: a.country, arrivalDate: a.arrivalDate, dueOn: a.dueOn })'
echo "Among the plans due in Senegal:"
plan GET "/plans/due?country=SN&limit=200" | only "a.items.find((p) => p.caseId === '$CASE')"

step "The feasibility grid proposes elements for her profile (the example grid shipped with Homeward)"
PROPOSALS=$(plan POST "/plans/$CASE/proposals" '{"needs":["business_project","lacks_vocational_skills","psychological_distress"],"factors":[{"factor":"skills_and_knowledge","assessment":"capacity"}],"age":32}')
echo "$PROPOSALS" | only '({ grid: a.grid, candidates: a.candidates.map((c) => [c.row.rowId, c.element.type, c.justification]), unanswered: a.unanswered })'

step "Draft the plan from the proposals: each candidate accepted, the providers named, the grant becoming element e-grant"
# Until the referrals directory exists, a provider is named in free text.
PROVIDERS="{vocational_training:{name:'Centre de formation de Thiès',contact:'+221 33 951 00 00'},psychosocial:{name:'Centre Jàmm',contact:'+221 33 800 00 00'}}"
DRAFT=$(echo "$PROPOSALS" | only "({
  elements: a.candidates.map((c, i) => ({
    ...c.element,
    elementId: c.element.type === 'financial_allocation' ? 'e-grant' : 'e-' + (i + 1),
    status: 'planned',
    ...(c.element.responsibility === 'provider' ? { provider: $PROVIDERS[c.element.type] ?? { name: 'Chambre des métiers de Thiès' } } : {}),
  })),
  followUp: 'A visit each month', feedbackCollection: 'Asked at each visit', informationExchange: 'Providers receive only what her consent names',
  estimatedDurationMonths: 12, exitStrategy: 'Closed once the shop has traded for six months', transitionToMainstream: 'The chamber of trades' })")
plan PUT "/plans/$CASE/draft" "$DRAFT"

step "A mixed allocation (Table 2.2): half in cash by mobile money, half as a sewing machine, in two instalments"
ALLOCATION=$(plan POST "/plans/$CASE/allocations" "{\"elementId\":\"e-grant\",\"modality\":\"mixed\",
  \"criteria\":{\"programmeDesign\":{\"cashForeseen\":true},\"costEfficiency\":{\"mostEconomical\":false},\"incentives\":{\"cashIsIncentive\":false},
    \"riskAssessment\":{\"security\":\"low\",\"fraudOrDiversion\":\"medium\",\"dataProtection\":\"low\",\"higherThanAlternatives\":false,\"acceptable\":true},
    \"conditions\":{\"conditionsNeeded\":true,\"goodsAndServicesAvailable\":true},\"partners\":{\"capablePartner\":true,\"partnerId\":\"partner-wave\"}},
  \"criteriaNotes\":{\"costEfficiency\":\"Buying the machine ourselves costs more but cannot be diverted\"},
  \"amount\":300000,\"currency\":\"XOF\",
  \"instalments\":[{\"number\":1,\"dueOn\":\"$DAKAR_TODAY\",\"amount\":150000,\"modality\":\"cash\"},{\"number\":2,\"dueOn\":\"$DAKAR_TODAY\",\"amount\":150000,\"modality\":\"in_kind\"}],
  \"riskControls\":[\"mobile_money_transfer\",\"payment_to_supplier\"],\"effectivenessMeasure\":\"The shop is open six months after the first payment\"}" | pick a.allocationId)
step "Only a supervisor approves it"
plan POST "/plans/$CASE/allocations/$ALLOCATION/approval"
TOKEN=$TOKEN_SUPERVISOR plan POST "/plans/$CASE/allocations/$ALLOCATION/approval"

step "Submit version 1; the supervisor approves it"
plan POST "/plans/$CASE/versions/1/submission"
TOKEN=$TOKEN_SUPERVISOR plan POST "/plans/$CASE/versions/1/approval"

step "Activation is refused: she has not yet signed the plan's consent form"
plan POST "/plans/$CASE/versions/1/activation"

step "She signs the form in intake; planning learns of it from intake's topic, and the plan comes into force"
intake POST "/cases/$CASE/consents" "$CONSENT_FORM"
until_activated 1

COPY=${COPY_DIR:-${TMPDIR:-/tmp}}/plan-$CASE-v1-fr.pdf
step "Her copy of the plan, in French: $COPY"
curl -s -o "$COPY" -w '%{http_code} %{content_type} %{size_download} bytes\n' "$PLANNING/plans/$CASE/versions/1/copy.pdf?lang=fr" -H "Authorization: Bearer $TOKEN_CASE_MANAGER"

step "Both instalments paid; a third payment would exceed the approved amount"
plan POST "/plans/$CASE/allocations/$ALLOCATION/disbursements" "{\"instalment\":1,\"amount\":150000,\"paidOn\":\"$DAKAR_TODAY\"}"
plan POST "/plans/$CASE/allocations/$ALLOCATION/disbursements" "{\"instalment\":2,\"amount\":150000,\"paidOn\":\"$DAKAR_TODAY\"}"
plan POST "/plans/$CASE/allocations/$ALLOCATION/disbursements" "{\"instalment\":2,\"amount\":1000,\"paidOn\":\"$DAKAR_TODAY\"}"

step "Revise the plan: version 2, submitted and approved, is refused activation until she signs again"
REVISED=$(echo "$DRAFT" | only "({ reason: 'She trains in Mbour, nearer her family', content: { ...a, elements: a.elements.map((e) => e.type === 'vocational_training' ? { ...e, description: e.description + ' (in Mbour)' } : e) } })")
plan POST "/plans/$CASE/revisions" "$REVISED"
plan POST "/plans/$CASE/versions/2/submission"
TOKEN=$TOKEN_SUPERVISOR plan POST "/plans/$CASE/versions/2/approval"
plan POST "/plans/$CASE/versions/2/activation"
intake POST "/cases/$CASE/consents" "$CONSENT_FORM"
until_activated 2

step "What changed between the versions, and the plan in force"
plan GET "/plans/$CASE/diff?from=1&to=2"
plan GET "/plans/$CASE" | only '({ status: a.status, versions: a.versions.map((v) => [v.number, v.status]) })'

step "Bad input, in French"
LANG_HEADER=fr plan POST "/plans/$CASE/allocations/$ALLOCATION/disbursements" '{"instalment":1,"amount":-5,"paidOn":"2026-13-45"}'
