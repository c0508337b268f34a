import { PDFDocument, StandardFonts } from 'pdf-lib';
import { ERASED } from '@homeward/contracts/planning';
import { amountIn, COPY_TEXTS, dayIn, fill, type CopyLanguage, type CopyTexts } from './copy-texts';
import { TextFlow } from '@homeward/platform';
import type { CopyElement, ReturneeCopy } from './returnee-copy';

/**
 * The returnee's copy of a plan version as a PDF, in her language. Pure: the same copy gives the
 * same bytes (the document's dates are the version's, not the clock's), so a version's copy can be
 * made again at any time and is the one she was given.
 */
export async function renderReturneeCopy(copy: ReturneeCopy, language: CopyLanguage): Promise<Uint8Array> {
  const t = COPY_TEXTS[language];
  const doc = await PDFDocument.create({ updateMetadata: false });
  const changed = new Date(`${copy.version.changedOn}T00:00:00.000Z`);
  doc.setTitle(t.title);
  doc.setLanguage(language);
  doc.setProducer('Homeward');
  doc.setCreator('Homeward planning');
  doc.setCreationDate(changed);
  doc.setModificationDate(changed);
  const flow = new TextFlow(doc, { regular: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold) });

  flow.write(t.title, 'title');
  flow.gap(6);
  const name = copy.returnee ? `${copy.returnee.firstName} ${copy.returnee.lastName}` : undefined;
  if (name) flow.write(fill(t.preparedFor, { name }), 'subheading');
  flow.write(fill(t.caseReference, { caseId: copy.caseId }), 'body');
  flow.write(fill(t.version, { number: copy.version.number, date: dayIn(t, copy.version.changedOn) }), 'body');
  flow.write(t.status[copy.version.status], 'body');
  flow.write(fill(t.arrival, { date: dayIn(t, copy.arrivalDate) }), 'body');

  flow.write(t.elementsHeading, 'heading');
  if (!copy.elements.length) flow.write(t.noElements, 'body');
  for (const element of copy.elements) writeElement(flow, t, language, element);

  flow.write(t.arrangementsHeading, 'heading');
  arrangement(flow, t, t.followUp, copy.followUp);
  arrangement(flow, t, t.feedbackCollection, copy.feedbackCollection);
  arrangement(flow, t, t.informationExchange, copy.informationExchange);
  arrangement(flow, t, t.estimatedDuration, copy.estimatedDurationMonths === undefined ? undefined : fill(t.months, { count: copy.estimatedDurationMonths }));
  arrangement(flow, t, t.exitStrategy, copy.exitStrategy);
  arrangement(flow, t, t.transitionToMainstream, copy.transitionToMainstream);

  flow.gap(10);
  flow.write(t.closing, 'small');
  flow.footer((page, pages) => fill(t.page, { page, pages }));
  return doc.save();
}

function writeElement(flow: TextFlow, t: CopyTexts, language: CopyLanguage, e: CopyElement): void {
  flow.write(t.elementTypes[e.type], 'subheading');
  flow.write(e.description === ERASED ? t.erasedDescription : e.description, 'body', 12);
  flow.write(fill(t.responsibility, { who: t.responsibilities[e.responsibility] }), 'body', 12);
  if (e.provider && 'providerId' in e.provider) flow.write(fill(t.providerFromDirectory, { providerId: e.provider.providerId }), 'body', 12);
  if (e.provider && 'name' in e.provider) {
    flow.write(fill(t.provider, { name: e.provider.name }), 'body', 12);
    if (e.provider.contact) flow.write(fill(t.contact, { contact: e.provider.contact }), 'body', 12);
  }
  const dates = datesOf(t, e);
  if (dates) flow.write(dates, 'body', 12);
  flow.write(fill(t.elementStatus, { status: t.elementStatuses[e.status] }), 'body', 12);
  if (e.allocation) {
    const { amount, currency, modality, instalments } = e.allocation;
    flow.write(fill(t.allocation, { amount: amountIn(language, amount, currency), modality: t.modalities[modality], count: instalments.length }), 'body', 12);
    for (const i of instalments) {
      flow.write(fill(t.instalment, { number: i.number, amount: amountIn(language, i.amount, currency), modality: t.modalities[i.modality], date: dayIn(t, i.dueOn) }), 'body', 24);
    }
  }
}

function datesOf(t: CopyTexts, { startOn, endOn }: CopyElement): string | undefined {
  if (startOn && endOn) return fill(t.dates.both, { start: dayIn(t, startOn), end: dayIn(t, endOn) });
  if (startOn) return fill(t.dates.startOnly, { start: dayIn(t, startOn) });
  if (endOn) return fill(t.dates.endOnly, { end: dayIn(t, endOn) });
  return undefined;
}

function arrangement(flow: TextFlow, t: CopyTexts, label: string, text: string | undefined): void {
  flow.write(label, 'subheading');
  flow.write(text ?? t.notYetSet, 'body', 12);
}
