import * as assert from 'node:assert/strict';
import { ParagraphCache, splitParagraphs, type Located } from '../../../src/core/claims/incremental';

/** A stand-in analysis with a visible result: every four-digit year, so tests can see what was analysed when. */
interface YearMention extends Located {
  year: string;
}

function yearsIn(paragraph: string): YearMention[] {
  return [...paragraph.matchAll(/\b\d{4}\b/g)].map((m) => ({ start: m.index, end: m.index + 4, year: m[0] }));
}

/** A paragraph-at-a-time analysis as the batch the cache hands over. */
const each =
  (analyse: (paragraph: string) => YearMention[]) =>
  (paragraphs: readonly string[]): YearMention[][] =>
    paragraphs.map(analyse);

const DRAFT = [
  '# Memo: the 1965 treaty',
  '',
  'Seoul and Tokyo normalised relations in 1965.',
  'The comfort women agreement followed in 2015.',
  '',
  '   ',
  'In October 2018 the Supreme Court ruled on forced labour.',
].join('\n');

describe('claims front end: paragraphs and the incremental cache', () => {
  it('splits at blank lines (also white-space-only ones) and keeps document offsets', () => {
    const paragraphs = splitParagraphs(DRAFT);
    assert.deepEqual(
      paragraphs.map((p) => p.text),
      [
        '# Memo: the 1965 treaty',
        'Seoul and Tokyo normalised relations in 1965.\nThe comfort women agreement followed in 2015.',
        'In October 2018 the Supreme Court ruled on forced labour.',
      ],
    );
    for (const p of paragraphs) assert.equal(DRAFT.slice(p.start, p.end), p.text);
  });

  it('handles CRLF line ends without putting \\r into paragraphs', () => {
    const crlf = DRAFT.replace(/\n/g, '\r\n');
    const paragraphs = splitParagraphs(crlf);
    assert.equal(paragraphs.length, 3);
    for (const p of paragraphs) {
      assert.ok(!p.text.endsWith('\r'), JSON.stringify(p.text));
      assert.equal(crlf.slice(p.start, p.end), p.text);
    }
  });

  it('cuts a very long paragraph only after a line that ends a sentence', () => {
    const lines: string[] = [];
    for (let i = 0; i < 200; i++)
      lines.push(i % 2 === 0 ? `Line ${i} of a pasted report runs on without` : `a blank line and ends here ${i}.`);
    const text = lines.join('\n');
    const pieces = splitParagraphs(text, 500);
    assert.ok(pieces.length > 5, `expected several pieces, got ${pieces.length}`);
    for (const p of pieces) assert.match(p.text, /\.$/, 'a piece ends mid-sentence');
    assert.equal(pieces.map((p) => p.text).join('\n'), text);
  });

  it('re-analyses only the paragraph that changed and shifts the others', () => {
    const cache = new ParagraphCache<YearMention>();
    const analysed: string[] = [];
    const analyse = (p: string) => {
      analysed.push(p);
      return yearsIn(p);
    };
    const first = cache.run(DRAFT, each(analyse))!;
    assert.deepEqual(
      first.map((f) => DRAFT.slice(f.start, f.end)),
      ['1965', '1965', '2015', '2018'],
    );
    assert.equal(analysed.length, 3);

    analysed.length = 0;
    const edited = DRAFT.replace('followed in 2015', 'was signed in 2015 after long talks');
    const second = cache.run(edited, each(analyse))!;
    assert.deepEqual(analysed, [splitParagraphs(edited)[1].text], 'only the edited paragraph is analysed again');
    assert.deepEqual(cache.lastStats, { paragraphs: 3, analysed: 1 });
    assert.deepEqual(
      second.map((f) => edited.slice(f.start, f.end)),
      ['1965', '1965', '2015', '2018'],
      'offsets after the edit are shifted',
    );

    analysed.length = 0;
    const prefixed = `Draft for internal review.\n\n${edited}`;
    const third = cache.run(prefixed, each(analyse))!;
    assert.deepEqual(analysed, ['Draft for internal review.'], 'moving paragraphs down does not re-analyse them');
    assert.deepEqual(
      third.map((f) => prefixed.slice(f.start, f.end)),
      ['1965', '1965', '2015', '2018'],
    );
  });

  it('forgets paragraphs that left the document, and everything when the context changes', () => {
    const cache = new ParagraphCache<YearMention>();
    cache.useContext('kb-1', false);
    cache.run(DRAFT, each(yearsIn));
    assert.equal(cache.size, 3);
    cache.run('A single paragraph from 1965.', each(yearsIn));
    assert.equal(cache.size, 1);
    let calls = 0;
    cache.useContext('kb-1', false);
    cache.run(
      'A single paragraph from 1965.',
      each((p) => (calls++, yearsIn(p))),
    );
    assert.equal(calls, 0, 'same context: served from the cache');
    cache.useContext('kb-1', true);
    cache.run(
      'A single paragraph from 1965.',
      each((p) => (calls++, yearsIn(p))),
    );
    assert.equal(calls, 1, 'new options: analysed again');
  });

  it('never caches what a cancelled analysis returned', () => {
    const cache = new ParagraphCache<YearMention>();
    let cancelled = false;
    const result = cache.run(
      DRAFT,
      each((p) => {
        cancelled = true; // the user typed again while this paragraph was being checked
        return yearsIn(p).slice(0, 0);
      }),
      () => cancelled,
    );
    assert.equal(result, undefined);
    cancelled = false;
    const again = cache.run(DRAFT, each(yearsIn))!;
    assert.equal(again.length, 4, 'the partial (empty) result of the cancelled run was not reused');
  });

  it('hands a run the paragraphs it lacks in one batch, and a repeated paragraph once', () => {
    const repeated = `${DRAFT}\n\nSeoul and Tokyo normalised relations in 1965.\nThe comfort women agreement followed in 2015.`;
    const batches: string[][] = [];
    const analyse = (paragraphs: readonly string[]) => (batches.push([...paragraphs]), paragraphs.map(yearsIn));
    const whole = new ParagraphCache<YearMention>().run(repeated, analyse)!;
    assert.deepEqual(batches, [splitParagraphs(DRAFT).map((p) => p.text)], 'one batch, the repeated paragraph in it once');
    assert.deepEqual(
      whole.map((f) => repeated.slice(f.start, f.end)),
      ['1965', '1965', '2015', '2018', '1965', '2015'],
      'both copies reported',
    );
  });
});
