import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readLabelledQueries } from '../../../eval/citations';
import { CitationSearch } from '../../../src/core/citations';
import { KnowledgeBase } from '../../../src/core/knowledge/knowledgeBase';
import { cachedCitationSearch, CITATION_INDEX_FILE } from '../../../src/node/library/citationIndexCache';
import { forgetReadingsInMemory } from '../../../src/node/library/libraryCache';
import { readLibrary } from '../../../src/node/library/readLibrary';
import { realKnowledge } from '../helpers/knowledge';
import { seedParagraphs, writeLibrary } from '../helpers/sourcesFolder';

describe('own sources: the citation index kept in the cache', () => {
  let root: string;
  let dir: string;
  let cacheDir: string;
  let indexFile: string;
  const notes: string[] = [];
  const queries = readLabelledQueries().map((q) => q.query);

  /** The library with the bundled articles, as the CLI reads it, and the search over it through the cache. */
  const open = async () => {
    forgetReadingsInMemory();
    const library = await readLibrary(['library'], root, realKnowledge().compiled, { cacheDir });
    const kb = KnowledgeBase.fromCompiled(library.knowledge);
    return { kb, search: cachedCitationSearch(kb, library.contentIds, cacheDir, (n) => notes.push(n)) };
  };
  /** Each query's ranked passages and scores: what Insert Citation and `sourcebook cite` list. */
  const ranked = (search: CitationSearch) => queries.map((q) => search.search(q, { limit: 10 }).map((h) => [h.passage.id, h.score]));

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcebook-citation-index-'));
    dir = path.join(root, 'library');
    cacheDir = path.join(root, '.sourcebook', 'cache');
    indexFile = path.join(cacheDir, CITATION_INDEX_FILE);
    writeLibrary(dir);
    notes.length = 0;
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('is written on the first search and read back by the next, ranking as a search built afresh', async () => {
    const first = await open();
    assert.ok(fs.existsSync(indexFile), 'the first search keeps its index in the cache');
    const written = fs.statSync(indexFile);
    const second = await open();
    assert.equal(fs.statSync(indexFile).mtimeMs, written.mtimeMs, 'nothing changed: the index is read, not written again');
    const fresh = new CitationSearch(second.kb);
    assert.deepEqual(ranked(second.search), ranked(fresh));
    assert.deepEqual(ranked(first.search), ranked(fresh));
    assert.deepEqual(notes, []);
  });

  it('after a file changes, one is deleted and one is added, finds the new text and not the gone, as a fresh search does', async () => {
    await open();
    const added = 'The ministry announced a wholly new consultation framework for regional supply chains last spring.';
    fs.appendFileSync(path.join(dir, 'beta.md'), `\n${added}\n`);
    const goneText = seedParagraphs(3)[0];
    fs.rmSync(path.join(dir, 'delta.html'));
    const newcomer = 'Negotiators from the three coastal provinces drafted a fisheries accord over the winter months.';
    fs.writeFileSync(path.join(dir, 'epsilon.md'), `---\ntitle: "Epsilon"\n---\n\n${newcomer}\n`);
    const { kb, search } = await open();
    assert.equal(search.search(added, { limit: 1 })[0]?.passage.source, 'beta', 'the changed file’s new sentence is found');
    assert.equal(search.search(newcomer, { limit: 1 })[0]?.passage.source, 'epsilon', 'the new file is found');
    assert.ok(
      search.search(goneText, { limit: 10 }).every((h) => h.passage.source !== 'delta'),
      'the deleted file’s passages are not found',
    );
    assert.deepEqual(ranked(search), ranked(new CitationSearch(kb)));
    const reopened = await open();
    assert.deepEqual(ranked(reopened.search), ranked(search), 'the updated index is kept in turn');
  });

  for (const [damage, how, expected] of [
    [
      'a truncated',
      (b: Buffer) => b.subarray(0, Math.floor(b.length / 2)),
      /does not match its checksum \(truncated or damaged\); it is rebuilt$/,
    ],
    ['a garbled', () => Buffer.from('\u0000\u0001garbage'), /is not a citation index \(truncated or damaged\); it is rebuilt$/],
    [
      'a differently folded',
      (b: Buffer) => Buffer.from(b.toString('latin1').replace(/"words":"[0-9a-f]+"/, '"words":"0000000000000000"'), 'latin1'),
      /was written by a version that indexes words differently; it is rebuilt$/,
    ],
    [
      "another version's",
      (b: Buffer) => Buffer.from(b.toString('latin1').replace(/"version":\d+/, '"version":999'), 'latin1'),
      /was written by another version \(format 999\); it is rebuilt$/,
    ],
  ] as const) {
    it(`${damage} index file is rebuilt with a note, never searched`, async () => {
      await open();
      fs.writeFileSync(indexFile, how(fs.readFileSync(indexFile)));
      const { kb, search } = await open();
      assert.equal(notes.length, 1, notes.join('\n'));
      assert.match(notes[0], expected);
      assert.deepEqual(ranked(search), ranked(new CitationSearch(kb)));
      await open();
      assert.equal(notes.length, 1, 'the rebuilt index is sound');
    });
  }

  it('an index whose body was changed but kept its length is caught by its checksum', async () => {
    await open();
    const bytes = fs.readFileSync(indexFile);
    bytes[bytes.length - 3] ^= 0x01; // a letter of the vocabulary
    fs.writeFileSync(indexFile, bytes);
    await open();
    assert.equal(notes.length, 1, notes.join('\n'));
    assert.match(notes[0], /does not match its checksum/);
  });
});
