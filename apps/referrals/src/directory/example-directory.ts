import type { ProviderProfile } from '@homeward/contracts/referrals';

/**
 * AN EXAMPLE, NOT A REAL DIRECTORY: made-up organisations (each named "(example)", reached at
 * example.org, on numbers no one answers), so a fresh embedded start can try referrals at once.
 * The clinic is the one intake's walk-through shares data with (`prov-clinique-espoir`, the dev
 * token TOKEN_SERVICE_PROVIDER acts for it). A real directory is kept by the country offices.
 */
export const EXAMPLE_DIRECTORY: ReadonlyArray<{ providerId: string; profile: ProviderProfile }> = [
  {
    providerId: 'prov-clinique-espoir',
    profile: {
      name: 'Clinique Espoir (example)',
      country: 'SN',
      areas: [{ code: 'SN-DK', name: 'Dakar' }],
      services: [
        { serviceType: 'emergency_health', languages: ['fr', 'wo'], openingHours: 'Every day, day and night' },
        { serviceType: 'medical_health', languages: ['fr', 'wo'], capacityPerMonth: 60, openingHours: 'Mon–Sat 8:00–18:00' },
      ],
      contact: { phone: '+221 33 000 00 01', email: 'accueil@clinique-espoir.example.org', address: 'Example data, not a real organisation: Médina, Dakar' },
    },
  },
  {
    providerId: 'prov-cfp-thies',
    profile: {
      name: 'Centre de formation professionnelle de Thiès (example)',
      country: 'SN',
      areas: [{ code: 'SN-TH', name: 'Thiès' }],
      services: [{ serviceType: 'vocational_training', eligibility: { minAge: 16, notes: 'Pattern cutting, welding, solar installation' }, languages: ['fr', 'wo'], capacityPerMonth: 20, openingHours: 'Mon–Fri 8:00–17:00' }],
      contact: { phone: '+221 33 000 00 02', email: 'inscriptions@cfp-thies.example.org', address: 'Example data, not a real organisation: Route de Dakar, Thiès' },
    },
  },
  {
    providerId: 'prov-jamm-psychosocial',
    profile: {
      name: 'Jàmm, écoute et accompagnement (example)',
      country: 'SN',
      areas: [
        { code: 'SN-DK', name: 'Dakar' },
        { code: 'SN-TH', name: 'Thiès' },
      ],
      services: [
        { serviceType: 'psychosocial', languages: ['fr', 'wo', 'en'], capacityPerMonth: 30, openingHours: 'Mon–Fri 9:00–17:00' },
        { serviceType: 'mental_health', eligibility: { minAge: 18 }, languages: ['fr', 'wo'], capacityPerMonth: 10 },
      ],
      contact: { phone: '+221 33 000 00 03', email: 'contact@jamm.example.org', address: 'Example data, not a real organisation: Sicap Liberté, Dakar' },
    },
  },
  {
    providerId: 'prov-clinique-juridique-dakar',
    profile: {
      name: 'Clinique juridique de Dakar (example)',
      country: 'SN',
      areas: [{ code: 'SN-DK', name: 'Dakar' }],
      services: [{ serviceType: 'legal_aid', languages: ['fr', 'wo'], capacityPerMonth: 25, openingHours: 'Tue and Thu 9:00–13:00' }],
      contact: { phone: '+221 33 000 00 04', email: 'permanence@juridique-dakar.example.org', address: 'Example data, not a real organisation: Plateau, Dakar' },
    },
  },
  {
    providerId: 'prov-foyer-thies',
    profile: {
      name: 'Foyer d’accueil de Thiès (example)',
      country: 'SN',
      areas: [{ code: 'SN-TH', name: 'Thiès' }],
      services: [{ serviceType: 'shelter', eligibility: { minAge: 18, sexes: ['male'] }, languages: ['fr', 'wo'], capacityPerMonth: 8, openingHours: 'Intake 8:00–20:00' }],
      contact: { phone: '+221 33 000 00 05', email: 'foyer@foyer-thies.example.org', address: 'Example data, not a real organisation: Thiès' },
    },
  },
  {
    providerId: 'prov-dar-amane-rabat',
    profile: {
      name: 'Dar Amane, maison d’accueil (example)',
      country: 'MA',
      areas: [{ code: 'MA-04', name: 'Rabat-Salé-Kénitra' }],
      services: [
        { serviceType: 'shelter', eligibility: { minAge: 18, sexes: ['female'], notes: 'Women, with their children' }, languages: ['ar', 'fr'], capacityPerMonth: 6, openingHours: 'Every day' },
        { serviceType: 'psychosocial', eligibility: { sexes: ['female'] }, languages: ['ar', 'fr', 'en'], capacityPerMonth: 15 },
      ],
      contact: { phone: '+212 537 00 00 01', email: 'accueil@dar-amane.example.org', address: 'Example data, not a real organisation: Hassan, Rabat' },
    },
  },
  {
    providerId: 'prov-tadamon-casablanca',
    profile: {
      name: 'Tadamon, aide juridique aux migrants (example)',
      country: 'MA',
      areas: [{ code: 'MA-06', name: 'Casablanca-Settat' }],
      services: [{ serviceType: 'legal_aid', languages: ['ar', 'fr', 'en'], capacityPerMonth: 40, openingHours: 'Mon–Fri 9:00–16:00' }],
      contact: { phone: '+212 522 00 00 02', email: 'contact@tadamon.example.org', address: 'Example data, not a real organisation: Maârif, Casablanca' },
    },
  },
];
