import * as assert from 'node:assert/strict';
import { DraftReadings, mentionsAt } from '../../../src/core/terms/lookup';
import { realKnowledge } from '../helpers/knowledge';

/**
 * A term hover defines a term only where it stands in prose, as the Markdown reader that the claim checker and the
 * citation scanners use reads the draft: not in code, comments, front matter, link URLs or alt text.
 */
describe('term hovers read the draft as prose', () => {
  const kb = realKnowledge();
  const TERM = 'TISA';
  const termId = () => kb.matcher.findAll(`We discuss ${TERM} here.`)[0].termIds[0];

  /** The term ids a hover over the `nth` (0-based) occurrence of the term in `draft` defines. */
  function hoverOver(draft: string, nth = 0): string[] {
    let at = -1;
    for (let k = 0; k <= nth; k++) at = draft.indexOf(TERM, at + 1);
    assert.ok(at >= 0, `the draft holds no occurrence ${nth} of ${TERM}`);
    return mentionsAt(kb, draft, at + 1).flatMap((m) => m.termIds);
  }

  it('defines the term in a prose sentence', () => {
    assert.deepEqual(hoverOver(`We discuss ${TERM} here.\n`), [termId()]);
  });

  it('gives no definition in an inline code span, and one in prose beside it', () => {
    const draft = `Run \`grep ${TERM} notes.txt\` to list the ${TERM} notes.\n`;
    assert.deepEqual(hoverOver(draft, 0), []);
    assert.deepEqual(hoverOver(draft, 1), [termId()]);
  });

  it('gives no definition inside a code fence opened a hundred lines above, and one after it closes', () => {
    const body = Array.from({ length: 100 }, (_, k) => `log line ${k}`).join('\n');
    const draft = `# Memo\n\n\`\`\`text\n${body}\n${TERM} export failed\n\`\`\`\n\nThe ${TERM} talks resumed.\n`;
    assert.deepEqual(hoverOver(draft, 0), []);
    assert.deepEqual(hoverOver(draft, 1), [termId()]);
  });

  it('gives no definition in an HTML comment, even one opened far above', () => {
    const filler = Array.from({ length: 50 }, () => 'a note to self').join('\n');
    assert.deepEqual(hoverOver(`Text. <!-- check ${TERM} later --> More text.\n`), []);
    const draft = `Intro.\n\n<!--\n${filler}\n${TERM} wording to check\n-->\n\nOn ${TERM}, see below.\n`;
    assert.deepEqual(hoverOver(draft, 0), []);
    assert.deepEqual(hoverOver(draft, 1), [termId()]);
  });

  it('gives no definition in YAML front matter, and one in the body', () => {
    const draft = `---\ntitle: Notes on ${TERM}\nkeywords: [${TERM}]\n---\n\nThe ${TERM} was signed.\n`;
    assert.deepEqual(hoverOver(draft, 0), []);
    assert.deepEqual(hoverOver(draft, 1), []);
    assert.deepEqual(hoverOver(draft, 2), [termId()]);
  });

  it("gives no definition in a link's URL, and one in a link's text", () => {
    assert.deepEqual(hoverOver(`See [the agreement](https://example.org/${TERM}.pdf) for details.\n`), []);
    const draft = `See [${TERM}](https://example.org/agreement.pdf) for details.\n`;
    const mention = mentionsAt(kb, draft, draft.indexOf(TERM) + 1)[0];
    assert.deepEqual(mention?.termIds, [termId()]);
    assert.equal(draft.slice(mention.start, mention.end), TERM, 'the hover does not cover the link text');
  });

  it("gives no definition in an image's alt text, which the reader does not take as prose", () => {
    assert.deepEqual(hoverOver(`![${TERM} signing ceremony](ceremony.png)\n`), []);
  });

  it('keeps offsets into the draft as written past a look-alike character', () => {
    // A zero-width space before the term is folded away for matching; the range still points at the term.
    const draft = `Intro \`code\` and the \u200b${TERM} talks.\n`;
    const mention = mentionsAt(kb, draft, draft.indexOf(TERM) + 1)[0];
    assert.equal(draft.slice(mention.start, mention.end), TERM);
  });
});

describe('DraftReadings', () => {
  it('reads a document once per version, and again when its version changes', () => {
    const readings = new DraftReadings();
    let reads = 0;
    const text = (t: string) => () => (reads++, t);
    const first = readings.get('file:///memo.md', 1, text('a `b` c'));
    assert.equal(readings.get('file:///memo.md', 1, text('a `b` c')), first);
    assert.equal(reads, 1, 'the same version was read twice');
    const second = readings.get('file:///memo.md', 2, text('a b c'));
    assert.equal(reads, 2);
    assert.deepEqual(second.markup, [], 'the new version was not read');
    assert.equal(first.markup[0]?.kind, 'code');
  });

  it('keeps only the last documents used', () => {
    const readings = new DraftReadings(2);
    let reads = 0;
    const text = () => (reads++, 'x');
    readings.get('a', 1, text);
    readings.get('b', 1, text);
    readings.get('a', 1, text);
    readings.get('c', 1, text);
    assert.equal(reads, 3);
    readings.get('a', 1, text);
    assert.equal(reads, 3, 'the document used last but one was dropped');
    readings.get('b', 1, text);
    assert.equal(reads, 4, 'the document used longest ago was kept');
  });
});
