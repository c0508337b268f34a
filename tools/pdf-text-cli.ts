import { readFile } from 'node:fs/promises';
import { pdfText } from '@homeward/testing/pdf';

/** Prints the text of a PDF as PDF.js reads it back (the walk-throughs show what a document really says). Usage: pdf-text-cli.ts FILE */
async function main(file: string | undefined) {
  if (!file) throw new Error('Usage: node -r @swc-node/register tools/pdf-text-cli.ts FILE.pdf');
  for (const page of await pdfText(await readFile(file))) console.log(page.trimEnd());
}

main(process.argv[2]).catch((error) => {
  console.error(String(error));
  process.exit(1);
});
