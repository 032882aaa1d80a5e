import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkText } from '../../../src/core/claims';
import { mightDisagree, namesSubject, prepare, subjectTestText, valueTestText } from '../../../src/core/claims/prepared';
import { realKnowledge, REPO_ROOT } from '../helpers/knowledge';

/**
 * The checker's quick tests read a sentence as written (letter case, line breaks) instead of a lower-cased copy with
 * its white space made single. They must answer exactly as they would on that copy, or a sentence would go unread.
 */
/** How many of the labelled texts the comparison reads. */
const SENTENCES_COMPARED = 2000;

describe('claims: the quick tests before the close reading', () => {
  const kb = realKnowledge();
  const { facts } = prepare(kb);
  const dir = path.join(REPO_ROOT, 'test', 'fixtures', 'claims');
  const sentences = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) =>
      fs
        .readFileSync(path.join(dir, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim()),
    )
    .map((l) => (JSON.parse(l) as { text: string }).text)
    // A fixed number, in file order: each variant of each text is tried against every fact, and the development sets
    // grow every session; two thousand texts of every style are enough to show the two readings agree.
    .slice(0, SENTENCES_COMPARED);

  /** The copy the tests used to read: lower-cased, white space made single. */
  const normalised = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');
  /** The same sentence as a writer might type it: wrapped lines, capitals, doubled spaces. */
  const variants = (s: string) => [
    s,
    s.replace(/ /g, '\n'),
    s.toUpperCase(),
    s.replace(/ (\S+) /g, '  $1\n'),
    s.replace(/i/g, 'İ'),
    s.replace(/k/g, '\u212a'),
  ];

  it('name the subject and find a disagreeing value as they would on the lower-cased, single-spaced sentence', () => {
    assert.ok(sentences.length > 1000, 'the labelled sets are there');
    let compared = 0;
    for (const original of sentences) {
      for (const s of variants(original)) {
        const plain = normalised(s);
        for (const f of facts) {
          assert.equal(namesSubject(f, subjectTestText(s)), namesSubject(f, plain), `${f.fact.id}: ${s}`);
          // Predicates at both ends and in the middle: the windows the offsets open must be the same text.
          const around = [0, Math.floor(s.length / 2), s.length - 1];
          assert.equal(mightDisagree(f, valueTestText(s), around), mightDisagree(f, plain, around), `${f.fact.id}: ${s}`);
          compared++;
        }
      }
    }
    assert.ok(compared > 100000);
  });

  it('still send a wrapped or shouted sentence to the close reading', () => {
    for (const text of [
      "South Korea's Supreme\nCourt ruled in October 2016 that Japanese firms must pay.",
      "SOUTH KOREA'S SUPREME COURT RULED IN OCTOBER 2016 THAT JAPANESE FIRMS MUST PAY.",
    ]) {
      const found = checkText(kb, text).map((f) => text.slice(f.start, f.end));
      assert.deepEqual(found, ['2016'], text);
    }
  });
});
