import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { ReferralField, ServiceType, SharedReferralData } from '@homeward/contracts/referrals';
import { TextFlow } from '@homeward/platform';
import { dayIn, fill, REFERRAL_TEXTS, type ReferralPdfLanguage, type ReferralTexts } from './referral-texts';

/** What the PDF may say: the referral, the provider it goes to, and the values sent, nothing else of the case. */
export interface ReferralDocument {
  caseId: string;
  referralId: string;
  serviceType: ServiceType;
  provider: { name: string; contact: string[] };
  sentAt: string;
  consentId?: string;
  sharedFields: ReferralField[];
  shared: SharedReferralData;
}

/** The referral for a provider outside the system, in French or English. Pure: the same referral gives the same bytes. */
export async function renderReferral(referral: ReferralDocument, language: ReferralPdfLanguage): Promise<Uint8Array> {
  const t = REFERRAL_TEXTS[language];
  const doc = await PDFDocument.create({ updateMetadata: false });
  const sent = new Date(referral.sentAt);
  doc.setTitle(t.title);
  doc.setLanguage(language);
  doc.setProducer('Homeward');
  doc.setCreator('Homeward referrals');
  doc.setCreationDate(sent);
  doc.setModificationDate(sent);
  const flow = new TextFlow(doc, { regular: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold) });

  flow.write(t.title, 'title');
  flow.gap(6);
  flow.write(fill(t.to, { name: referral.provider.name }), 'subheading');
  if (referral.provider.contact.length) flow.write(fill(t.contact, { contact: referral.provider.contact.join(' · ') }), 'body');
  flow.write(fill(t.service, { service: t.serviceTypes[referral.serviceType] }), 'body');
  flow.write(fill(t.referralReference, { referralId: referral.referralId }), 'body');
  flow.write(fill(t.caseReference, { caseId: referral.caseId }), 'body');
  flow.write(fill(t.sentOn, { date: dayIn(t, referral.sentAt) }), 'body');
  flow.write(referral.consentId ? fill(t.underConsent, { consentId: referral.consentId }) : t.underEmergency, 'body');

  flow.write(t.sharedHeading, 'heading');
  for (const field of referral.sharedFields) {
    const value = valueOf(t, field, referral.shared);
    if (value !== undefined) flow.write(fill(t.fieldLine, { label: t.fields[field], value }), 'body');
  }

  flow.write(t.answerHeading, 'heading');
  flow.write(t.answer, 'body');
  flow.gap(10);
  flow.write(t.confidentiality, 'small');
  flow.footer((page, pages) => fill(t.page, { page, pages }));
  return doc.save();
}

function valueOf(t: ReferralTexts, field: ReferralField, shared: SharedReferralData): string | undefined {
  const value = shared[field];
  if (value === undefined) return undefined;
  if (field === 'sex') return t.sexes[value as keyof ReferralTexts['sexes']];
  if (field === 'ageYears') return fill(t.years, { count: value as number });
  return String(value);
}
