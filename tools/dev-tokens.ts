import { signDevToken, type Principal } from '@homeward/platform';
import { devSecret } from './dev-secret';

/** Prints one bearer token per role for embedded mode, scoped to Senegal and Morocco unless told otherwise. */
const countries = (process.env.COUNTRIES ?? 'SN,MA').split(',');
const people: Principal[] = [
  { userId: 'cm-awa', role: 'case_manager', countries },
  { userId: 'sup-moussa', role: 'supervisor', countries },
  { userId: 'sp-clinic', role: 'service_provider', countries },
  { userId: 'me-fatou', role: 'me_officer', countries },
  { userId: 'aud-ines', role: 'auditor', countries: ['*'] },
  { userId: 'da-omar', role: 'data_analyst', countries: ['*'] },
  { userId: 'admin-lea', role: 'admin', countries: ['*'] },
];

async function main() {
  const secret = process.env.HOMEWARD_JWT_SECRET ?? devSecret();
  const issuer = process.env.HOMEWARD_JWT_ISSUER ?? 'homeward';
  for (const p of people) {
    const token = await signDevToken(secret, issuer, p);
    console.log(`# ${p.role} ${p.userId} (${p.countries.join(',')})\nexport TOKEN_${p.role.toUpperCase()}=${token}\n`);
  }
}

main();
