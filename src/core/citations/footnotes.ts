import { matchesOutsideCode } from './markdownCode';

/** What a document already uses for footnotes. */
export interface FootnoteScan {
  /** The highest numeric label referenced or defined (0 when none): a new footnote takes the next number. */
  highestNumber: number;
  /** Every label referenced or defined, numeric or not. */
  labels: Set<string>;
}

/**
 * Reads the footnote labels of a Markdown document, outside code. Broken footnotes (a reference without a
 * definition, a definition without a reference, gaps, repeats, words as labels) are counted as they stand, so a new
 * number never collides with any of them.
 */
export function scanFootnotes(documentText: string): FootnoteScan {
  const labels = new Set<string>();
  let highestNumber = 0;
  for (const m of matchesOutsideCode(documentText, /\[\^([^\]\s]+)\]/g)) {
    labels.add(m[1]);
    if (/^\d{1,9}$/.test(m[1])) highestNumber = Math.max(highestNumber, Number(m[1]));
  }
  return { highestNumber, labels };
}

/** The first free numeric label after every footnote already in the document. */
export function nextFootnoteLabel(documentText: string): string {
  const { highestNumber, labels } = scanFootnotes(documentText);
  let n = highestNumber + 1;
  while (labels.has(String(n))) n++;
  return String(n);
}

/** True when the last non-blank line of the document is a footnote definition (new ones then follow directly). */
export function endsWithFootnoteDefinition(documentText: string): boolean {
  const lines = documentText.split(/\r?\n/);
  let i = lines.length - 1;
  while (i >= 0 && lines[i].trim() === '') i--;
  // A definition may run over continuation lines indented under it.
  while (i >= 0 && /^\s{2,}\S/.test(lines[i])) i--;
  return i >= 0 && /^\[\^[^\]\s]+\]:/.test(lines[i]);
}
