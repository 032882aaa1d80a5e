import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { KnowledgeBase } from '../../../src/core/knowledge/knowledgeBase';
import { readLibrary } from '../../../src/node/library/readLibrary';
import { warnedWords, warnsInBothModes } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * A source sentence that states something and then supposes ("… expressed deep skepticism that President Moon is
 * really ready to act and even if he did, the Japanese worry …") states its first clause: a draft telling the opposite
 * of it is warned, as it would be against that clause printed alone. What the supposition governs is not compared.
 */
describe('claims read from the sources: a statement before a supposition joined after it', () => {
  const check = (texts: readonly (readonly [string, string])[], silent: readonly string[]) =>
    warnsInBothModes(realKnowledge(), texts, silent);

  it('compares the stated clause of "…, and even if he did, …"', () => {
    // biden-japan-frictions: "A senior advisor to Prime Minister Suga expressed deep skepticism that President Moon is
    // really ready to act and even if he did, the Japanese worry that he will shift in response to political
    // pressures, …"
    check(
      [
        ['A senior adviser to Suga voiced confidence that Moon is truly ready to act.', 'confidence'],
        ['A senior advisor to Prime Minister Suga expressed deep confidence that President Moon is really ready to act.', 'confidence'],
      ],
      [
        'A senior adviser to Suga expressed deep skepticism that Moon is really ready to act.',
        // What the supposition governs stays unread: a worry is no fact either way.
        'Even if Moon acted, a senior adviser to Suga said, he might not shift in response to political pressures.',
      ],
    );
  });
});

/**
 * In a writer's own document the sentence with the supposition may be followed by one that only judges it ("This is a
 * mistake."): that short sentence is read joined to the one before, so its reading's words are counted in the joined
 * text, not in its own. Cutting its own text at such a word read past its end and stopped the whole check with a
 * TypeError (the library bench's generated documents met it). The stated clause is the sentence's own, not the
 * judging sentence's.
 */
describe('own sources: a judging sentence after a statement with a supposition', () => {
  let root: string;
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('checks a draft against both sentences without failing, warning on the stated clause once', async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcebook-judged-supposition-'));
    fs.mkdirSync(path.join(root, 'library'));
    const stated =
      'A senior advisor to Prime Minister Suga expressed deep skepticism that President Moon is really ready to act and even if he did, the Japanese worry that he will shift in response to political pressures.';
    fs.writeFileSync(path.join(root, 'library', 'note.md'), `# Note\n\n${stated} This is a mistake.\n`);
    const library = await readLibrary(['library'], root, undefined, { cacheDir: path.join(root, 'cache') });
    const kb = KnowledgeBase.fromCompiled(library.knowledge);
    const draft = 'A senior advisor to Prime Minister Suga expressed deep confidence that President Moon is really ready to act.';
    assert.deepEqual(warnedWords(kb, draft), ['confidence']);
    assert.deepEqual(warnedWords(kb, 'A senior advisor to Prime Minister Suga expressed deep skepticism about it.'), []);
  });
});
