import { signDevToken, type Principal } from '@homeward/platform';
import { devSecret } from './dev-secret';

/** Prints one bearer token per role for embedded mode, scoped to Senegal and Morocco unless told otherwise. */
const countries = (process.env.COUNTRIES ?? 'SN,MA').split(',');
const people: Array<Principal & { variable: string }> = [
  { variable: 'TOKEN_CASE_MANAGER', userId: 'cm-awa', role: 'case_manager', countries },
  // Another case manager of the same offices: sees the case, not its sensitive parts.
  { variable: 'TOKEN_OTHER_CASE_MANAGER', userId: 'cm-karim', role: 'case_manager', countries },
  // A case manager of the origin office only: receives transferred cases.
  { variable: 'TOKEN_CASE_MANAGER_SN', userId: 'cm-ibrahima', role: 'case_manager', countries: ['SN'] },
  { variable: 'TOKEN_SUPERVISOR', userId: 'sup-moussa', role: 'supervisor', countries },
  // A user of the clinic the intake walk-through shares data with: it acts for that organisation.
  { variable: 'TOKEN_SERVICE_PROVIDER', userId: 'sp-clinic', role: 'service_provider', countries, organisationId: 'prov-clinique-espoir' },
  { variable: 'TOKEN_ME_OFFICER', userId: 'me-fatou', role: 'me_officer', countries },
  { variable: 'TOKEN_AUDITOR', userId: 'aud-ines', role: 'auditor', countries: ['*'] },
  { variable: 'TOKEN_DATA_ANALYST', userId: 'da-omar', role: 'data_analyst', countries: ['*'] },
  { variable: 'TOKEN_ADMIN', userId: 'admin-lea', role: 'admin', countries: ['*'] },
];

async function main() {
  const secret = process.env.HOMEWARD_JWT_SECRET ?? devSecret();
  const issuer = process.env.HOMEWARD_JWT_ISSUER ?? 'homeward';
  for (const { variable, ...p } of people) {
    const token = await signDevToken(secret, issuer, p);
    console.log(`# ${p.role} ${p.userId} (${p.countries.join(',')})${p.organisationId ? ` for ${p.organisationId}` : ''}\nexport ${variable}=${token}\n`);
  }
}

main();
