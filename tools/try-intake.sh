#!/usr/bin/env bash
# The README's intake walk-through as one script, against a running platform (npm start).
# Usage: bash tools/try-intake.sh   (needs the dev tokens: it makes them itself with npm run tokens)
set -euo pipefail
cd "$(dirname "$0")/.."
eval "$(npm run -s tokens | grep ^export)"
INTAKE=${INTAKE:-http://localhost:3001}
# The day in the Rabat office (Africa/Casablanca), which holds Awa's case: what its forms are dated.
TODAY=$(TZ=Africa/Casablanca date +%F)
NOW=$(date -u +%FT%TZ)

# hw METHOD PATH [JSON] — calls intake as $TOKEN (the case manager unless set), prints the answer
hw() { curl -s -X "$1" "$INTAKE$2" -H "Authorization: Bearer ${TOKEN:-$TOKEN_CASE_MANAGER}" -H 'Content-Type: application/json' -H "Accept-Language: ${LANG_HEADER:-en}" ${3:+-d "$3"}; echo; }
# field NAME — shows the JSON answer on stdin (on stderr) and prints one of its fields
field() { node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{console.error(s.trim());console.log(JSON.parse(s)['$1'])})"; }
step() { printf '\n\033[1m# %s\033[0m\n' "$*"; }

step "Register a returnee (the caller becomes her case manager)"
CASE=$(hw POST /returnees "{\"firstName\":\"Awa\",\"lastName\":\"Diallo$RANDOM\",\"dateOfBirth\":\"1994-03-02\",\"sex\":\"female\",
  \"nationality\":\"SN\",\"languages\":[\"fr\",\"wo\"],\"interpreterNeeded\":true,\"hostCountry\":\"MA\",\"countryOfOrigin\":\"SN\",
  \"plannedReturnDate\":\"2026-12-15\"}" | field caseId)

step "First counselling session, before departure"
SESSION=$(hw POST "/cases/$CASE/sessions" "{\"phase\":\"pre_departure\",\"scheduledFor\":\"$NOW\"}" | field sessionId)
hw POST "/cases/$CASE/sessions/$SESSION/start"
hw POST "/cases/$CASE/sessions/$SESSION/steps/preparation" '{"hostCountryInformationReviewed":true,"privatePlace":true,"recordsSecured":true,"interpreter":{"present":true,"boundToConfidentiality":true,"language":"wo"}}'
hw POST "/cases/$CASE/sessions/$SESSION/steps/trust" '{"notes":"Spoke about her children"}'
hw POST "/cases/$CASE/sessions/$SESSION/steps/process-and-consent" '{"processExplained":true,"rightToRefuseExplained":true}'

step "Assessment before consent is refused"
hw POST "/cases/$CASE/individual-factors" '{"factor":"skills_and_knowledge","assessment":"capacity","note":"Trained tailor"}'

step "Consent: to assistance, and to share identity and health data with a named clinic"
hw POST "/cases/$CASE/consents" "{\"decision\":\"given\",\"purpose\":\"assistance\",\"dataCategories\":[\"case_summary\"],\"decidedOn\":\"$TODAY\",\"formVersion\":\"v3\",\"language\":\"fr\",\"witness\":{\"role\":\"interpreter\",\"name\":\"Fatou Sow\"}}"
CONSENT=$(hw POST "/cases/$CASE/consents" "{\"decision\":\"given\",\"purpose\":\"data_sharing\",\"recipient\":{\"recipientId\":\"prov-clinique-espoir\",\"name\":\"Clinique Espoir\"},\"dataCategories\":[\"identity\",\"health\"],\"decidedOn\":\"$TODAY\",\"formVersion\":\"v3\",\"language\":\"fr\"}" | field consentId)

step "The rest of the session"
hw POST "/cases/$CASE/sessions/$SESSION/steps/vulnerabilities" '{"screened":true}'
hw POST "/cases/$CASE/sessions/$SESSION/steps/plan-design" '{"goals":["Open a tailoring shop"],"strengths":["Sewing"],"lifePlan":"Settle in Thiès"}'
hw POST "/cases/$CASE/sessions/$SESSION/steps/closing" "{\"summary\":\"Plan agreed\",\"nextSessionDate\":\"$TODAY\"}"

step "Individual factors and an urgent vulnerability"
hw POST "/cases/$CASE/individual-factors" '{"factor":"skills_and_knowledge","assessment":"capacity","note":"Trained tailor"}'
hw POST "/cases/$CASE/individual-factors" '{"factor":"health_and_wellbeing","assessment":"vulnerability","note":"Diabetes"}'
hw POST "/cases/$CASE/vulnerability-screenings" '{"area":"physical_health","urgency":"life_threatening","details":"No insulin left"}'
sleep 1

step "Urgent cases"
hw GET /urgent-cases

step "The case file: whole for her case manager, without sensitive parts for a colleague"
hw GET "/cases/$CASE"
TOKEN=$TOKEN_OTHER_CASE_MANAGER hw GET "/cases/$CASE"

step "May the clinic receive her identity for data sharing? Then share it"
CHECK="/consent-register/check?caseId=$CASE&purpose=data_sharing&recipientId=prov-clinique-espoir&dataCategory=identity"
hw GET "$CHECK"
hw POST "/cases/$CASE/disclosures" '{"recipientId":"prov-clinique-espoir","purpose":"data_sharing","dataCategories":["identity"]}'

step "She withdraws that consent: the answer turns to no and sharing is refused"
hw POST "/cases/$CASE/consents/$CONSENT/withdrawal" "{\"withdrawnOn\":\"$TODAY\"}"
sleep 1
hw GET "$CHECK"
hw POST "/cases/$CASE/disclosures" '{"recipientId":"prov-clinique-espoir","purpose":"data_sharing","dataCategories":["identity"]}'

step "Bad input, in French"
LANG_HEADER=fr hw POST "/cases/$CASE/arrival" '{"arrivalDate":"2026-13-45"}'

step "The history an auditor replays"
TOKEN=$TOKEN_AUDITOR hw GET "/cases/$CASE/history" | cut -c1-600
