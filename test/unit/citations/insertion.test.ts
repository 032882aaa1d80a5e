import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  applyEdits,
  CitationError,
  CitationSearch,
  planCitationInsertion,
  type CitationStyle,
  type CitationTarget,
} from '../../../src/core/citations';
import { realKnowledge, REPO_ROOT } from '../helpers/knowledge';

const fixture = (name: string) => fs.readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'citations', name), 'utf8');

describe('citation insertion', () => {
  const kb = realKnowledge();
  const search = new CitationSearch(kb);
  /** The passage a writer would pick for a claim: the first hit, as the editor offers it. */
  const targetFor = (claim: string): CitationTarget => {
    const hit = search.search(claim, { limit: 1 })[0];
    assert.ok(hit, `no passage for "${claim}"`);
    return { source: hit.source.key, passage: hit.passage.id };
  };
  const insert = (doc: string, offset: number, target: CitationTarget, style: CitationStyle, blockQuote = false) =>
    applyEdits(doc, planCitationInsertion(kb, doc, offset, target, style, { blockQuote }));
  const after = (doc: string, needle: string) => {
    const at = doc.indexOf(needle);
    assert.ok(at >= 0, `fixture lacks "${needle}"`);
    return at + needle.length;
  };

  const freeze = targetFor('Seoul froze the Reconciliation and Healing Foundation');
  const plain = fixture('memo-plain.md');
  const claimEnd = after(plain, 'frozen by the South Korean government');

  it('pandoc: inserts [@key, para. N] at the cursor, the paragraph counted in the source', () => {
    const out = insert(plain, claimEnd, freeze, 'pandoc');
    assert.match(out, /frozen by the South Korean government \[@biden-japan-frictions, para\. \d+\]\.\n/);
    // The number is the source's own paragraph holding the passage, counted as a reader would: one paragraph per
    // line in the texts, headings (lines not ending like a sentence, e.g. "The Korea Questions") not counted.
    const source = kb.source('biden-japan-frictions')!;
    const passage = kb.passage(freeze.passage!)!;
    const paragraphs =
      source.text
        .slice(0, passage.start)
        .split('\n')
        .filter((l) => /[.!?”"’)]\s*$/.test(l)).length + 1;
    assert.ok(out.includes(`para. ${paragraphs}]`), out);
    assert.equal(out.replace(/ \[@[^\]]+\]/, ''), plain, 'nothing else changed');
  });

  it('pandoc without a passage cites the source alone', () => {
    assert.match(insert(plain, claimEnd, { source: 'sakata2020' }, 'pandoc'), /government \[@sakata2020\]\./);
  });

  it('footnote: numbers after the footnotes already there and appends the definition with the quote', () => {
    const memo = fixture('memo-footnotes.md');
    const out = insert(memo, after(memo, 'Seoul froze the Reconciliation and Healing Foundation'), freeze, 'footnote');
    assert.match(out, /Healing Foundation\.\[\^3\] Tokyo reads/);
    assert.ok(out.startsWith(memo.slice(0, memo.indexOf('Seoul froze'))), 'text before the cursor unchanged');
    const lines = out.trimEnd().split('\n');
    assert.match(
      lines[lines.length - 1],
      /^\[\^3\]: Untitled text beginning “In the early weeks of the Biden administration…” \(between 2020-11 and 2021-09\), para\. \d+: “The South Korean government moved to freeze the Reconciliation and Healing Foundation/,
    );
    assert.match(lines[lines.length - 2], /^\[\^2\]: /, 'the new definition follows the existing ones directly');
  });

  it('footnote: broken footnotes (orphans, gaps, word labels, examples in code) never collide', () => {
    const memo = fixture('memo-broken-footnotes.md');
    const gsomia = targetFor('Blue House threatened to terminate the military intelligence sharing agreement');
    const out = insert(memo, after(memo, 'threatened to terminate GSOMIA in 2019.[^3]'), gsomia, 'footnote');
    // Highest label outside code is the orphaned [^7] ([^12] is inside a fenced example), so the new note is 8.
    assert.match(out, /in 2019\.\[\^3\]\[\^8\] Japan/);
    assert.match(out, /\n\[\^8\]: [^\n]+“In a final blow, the Blue House threatened to terminate[^\n]+”\n$/);
    assert.ok(out.includes('```markdown\nExample of the house footnote format: text[^12]'), 'code block untouched');
  });

  it('footnote: a document without a trailing newline or any footnote gets a blank line before the definition', () => {
    const doc = 'Japan and South Korea removed each other from most-favored-nation trading status.';
    const out = insert(doc, doc.length - 1, targetFor('removed the other from most-favored-nation trading status'), 'footnote');
    assert.match(
      out,
      /^Japan and South Korea removed each other from most-favored-nation trading status\.\[\^1\]\n\n\[\^1\]: .+para\. \d+: “Both nations removed the other from most-favored-nation trading status\.”\n$/,
    );
  });

  it('keeps CRLF documents CRLF', () => {
    const memo = fixture('memo-footnotes.md').replace(/\n/g, '\r\n');
    const out = insert(memo, after(memo, 'Seoul froze the Reconciliation and Healing Foundation'), freeze, 'footnote');
    assert.ok(!/[^\r]\n/.test(out), 'no bare LF');
    assert.match(out, /\r\n\[\^3\]: [^\r\n]+\r\n$/);
    // A cursor between \r and \n is moved before the \r rather than splitting the line break.
    const lineEnd = memo.indexOf('\r\n');
    const split = insert(memo, lineEnd + 1, freeze, 'pandoc');
    assert.ok(!/[^\r]\n/.test(split) && !/\r[^\n]/.test(split), 'line breaks intact');
  });

  it('chicago-note: a footnote holding the Chicago full note with the paragraph locator', () => {
    const target = targetFor('Takeo Kawamura Japan-Korea Parliamentarians Union met informally');
    const out = insert(plain, claimEnd, target, 'chicago-note');
    assert.match(out, /government\.\[\^1\]/);
    assert.match(
      out,
      /\n\n\[\^1\]: Yasuyo Sakata, “Japan-South Korea Relations and the Biden Factor,” Asia Unbound, n\.d\., para\. \d+\.\n$/,
    );
  });

  it('author–date styles insert the parenthetical the CSL style renders', () => {
    const target = targetFor('GSOMIA abrogation lever against the U.S.');
    assert.match(insert(plain, claimEnd, target, 'apa'), /government \(Buchan & Rimland, n\.d\., para\. \d+\)\./);
    assert.match(insert(plain, claimEnd, target, 'chicago-author-date'), /government \(Buchan and Rimland, n\.d\., para\. \d+\)\./);
  });

  it('block quote: puts the passage after the current paragraph, with its citation', () => {
    const memo = fixture('memo-footnotes.md');
    const out = insert(memo, after(memo, 'Seoul froze'), freeze, 'pandoc', true);
    assert.match(
      out,
      /breach of the 2015 agreement\.\n\n> “The South Korean government moved to freeze[^\n]+surviving women\.” \[@biden-japan-frictions, para\. \d+\]\n\n## Recommendation/,
    );
    const noted = insert(memo, after(memo, 'Seoul froze'), freeze, 'footnote', true);
    assert.match(noted, /surviving women\.”\[\^3\]\n\n## Recommendation/);
    assert.match(noted, /\[\^3\]: [^\n]+para\. \d+\.\n$/, 'the quote is not repeated in the definition');
  });

  it('clamps cursors outside the text and never splits a surrogate pair', () => {
    const doc = 'Cooperation 🇯🇵🇰🇷 matters';
    assert.equal(
      insert(doc, 10_000, freeze, 'pandoc'),
      `${doc} [@biden-japan-frictions, para. ${/para\. (\d+)/.exec(insert(doc, 0, freeze, 'pandoc'))![1]}]`,
    );
    assert.ok(insert(doc, -5, freeze, 'pandoc').startsWith('[@biden-japan-frictions'));
    const inside = doc.indexOf('🇯') + 1;
    const out = insert(doc, inside, freeze, 'pandoc');
    assert.ok(out.includes('🇯🇵') && out.includes('🇰🇷'), out);
    assert.ok(!/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(out), 'no lone high surrogate');
  });

  it('footnote and chicago-note: the reference goes after the punctuation at the cursor, as Chicago sets it', () => {
    const doc = 'On November 23, Seoul named an envoy. Tokyo said “no comment”, and waited; talks resumed in the U.S. later.\n';
    for (const style of ['footnote', 'chicago-note'] as const) {
      const at = (needle: string) => doc.indexOf(needle);
      assert.match(insert(doc, at('. Tokyo'), freeze, style), /an envoy\.\[\^1\] Tokyo said/, `${style}: full stop`);
      assert.match(insert(doc, at(', and waited'), freeze, style), /“no comment”,\[\^1\] and waited/, `${style}: quote and comma`);
      assert.match(insert(doc, at('; talks'), freeze, style), /waited;\[\^1\] talks/, `${style}: semicolon`);
      assert.match(
        insert(doc, at('.S. later'), freeze, style),
        /the U\[\^1\]\.S\. later/,
        `${style}: a full stop inside a word is not passed`,
      );
      assert.match(
        insert(doc, at('. Tokyo') + 1, freeze, style),
        /an envoy\.\[\^1\] Tokyo said/,
        `${style}: cursor already after the stop`,
      );
    }
    // In-text citations stay inside the sentence they belong to.
    assert.match(insert(doc, doc.indexOf('. Tokyo'), freeze, 'pandoc'), /an envoy \[@biden-japan-frictions, para\. \d+\]\. Tokyo/);
    assert.match(insert(doc, doc.indexOf('. Tokyo'), freeze, 'apa'), /an envoy \([^)]+\)\. Tokyo/);
  });

  it('footnote and chicago-note: an empty document or a cursor on the last line gets a reference and a separate definition', () => {
    for (const style of ['footnote', 'chicago-note'] as const) {
      const empty = insert('', 0, freeze, style);
      assert.match(empty, /^\[\^1\]\n\n\[\^1\]: \S[^\n]*\n$/, `${style} in an empty document:\n${empty}`);
      const endsWithBreak = insert('A claim.\n', 9, freeze, style);
      assert.match(endsWithBreak, /^A claim\.\n\[\^1\]\n\n\[\^1\]: \S[^\n]*\n$/, `${style} after the last line break:\n${endsWithBreak}`);
      const atEnd = insert('A claim.', 8, freeze, style);
      assert.match(atEnd, /^A claim\.\[\^1\]\n\n\[\^1\]: \S[^\n]*\n$/, `${style} at the end of the last line:\n${atEnd}`);
    }
  });

  it('a passage that is itself a quotation is quoted with nested marks, never doubled ones', () => {
    const quoted = kb.passages.find((p) => /^[“"]/.test(p.text) && /[”"]$/.test(p.text));
    assert.ok(quoted, 'the sources hold no passage that is wholly a quotation');
    const target = { source: quoted.source, passage: quoted.id };
    const inner = quoted.text.slice(1, -1).replace(/\s+/g, ' ');
    const note = insert('A claim.', 8, target, 'footnote');
    assert.ok(note.includes(`: “‘${inner}’”\n`), note);
    const block = insert('A claim.', 8, target, 'pandoc', true);
    assert.ok(block.includes(`> “‘${inner}’” [@${quoted.source}`), block);
    for (const out of [note, block]) assert.doesNotMatch(out, /““|””/);
  });

  it('rejects an unknown source or passage with a message naming it', () => {
    assert.throws(
      () => planCitationInsertion(kb, plain, 0, { source: 'nope' }, 'pandoc'),
      (e: unknown) => e instanceof CitationError && /unknown source "nope"/.test(e.message),
    );
    assert.throws(
      () => planCitationInsertion(kb, plain, 0, { source: 'sakata2020', passage: 'buchan2019#1' }, 'pandoc'),
      /unknown passage "buchan2019#1" in source "sakata2020"/,
    );
    assert.throws(
      () => planCitationInsertion(kb, plain, 0, { source: 'sakata2020' }, 'mla' as CitationStyle),
      /unknown citation style "mla"/,
    );
  });
});
