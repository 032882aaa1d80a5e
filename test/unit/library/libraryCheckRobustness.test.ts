import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { sourceSentences, writtenProseDraft } from '../../../bench/harness';
import { checkDocument } from '../../../src/core/claims/document';
import { KnowledgeBase } from '../../../src/core/knowledge/knowledgeBase';
import { readLibrary } from '../../../src/node/library/readLibrary';
import { realKnowledge } from '../helpers/knowledge';

/** Most words of a sentence read as short: one that may lean on the sentence before it ("This is a mistake."). */
const SHORT_SENTENCE_WORDS = 6;

/**
 * A writer's library puts the sources' sentences next to sentences the five articles never set them beside. The
 * checker reads some passages with the one before (a short judging sentence, a "later" counted from the sentence
 * before), and a reading that works on the articles' own order can fail on another: a library bench run once stopped
 * the whole check with a TypeError where a short judging sentence followed a statement with a supposition. This
 * library gives every short sentence of the articles every other sentence as its predecessor.
 */
describe('own sources: a check against sentences set in orders the articles never use', () => {
  let root: string;
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('checks a memo in writers’ own words to the end, with warnings, when every short sentence follows every other', async function () {
    this.timeout(60_000);
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcebook-every-order-'));
    fs.mkdirSync(path.join(root, 'library'));
    const sentences = sourceSentences(realKnowledge());
    const short = sentences.filter((s) => s.split(/\s+/).length <= SHORT_SENTENCE_WORDS);
    assert.ok(short.length >= 5, `the articles hold short sentences: ${short.length}`);
    short.forEach((last, i) => {
      const paragraphs = sentences.filter((s) => s !== last).map((s) => `${s} ${last}`);
      fs.writeFileSync(path.join(root, 'library', `after-${i}.md`), `# After ${i}\n\n${paragraphs.join('\n\n')}\n`);
    });
    const library = await readLibrary(['library'], root, undefined, { cacheDir: path.join(root, 'cache') });
    const kb = KnowledgeBase.fromCompiled(library.knowledge);
    const found = checkDocument(kb, writtenProseDraft(30 * 1024), { curatedFacts: false }).findings;
    assert.ok(
      found.some((f) => f.code === 'claim-conflict'),
      'the memo’s wrong claims are warned against the library',
    );
  });
});
