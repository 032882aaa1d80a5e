import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkDocument } from '../../../src/core/claims/document';
import { KnowledgeBase } from '../../../src/core/knowledge/knowledgeBase';
import { forgetReadingsInMemory } from '../../../src/node/library/libraryCache';
import { readLibrary } from '../../../src/node/library/readLibrary';
import { STATEMENT_INDEX_FILE, useCachedStatementIndex } from '../../../src/node/library/statementIndexCache';
import { seedParagraphs, writeLibrary } from '../helpers/sourcesFolder';

/** Development sentences written from the seed articles (some wrong, some right): what the library's documents say. */
const drafts = fs
  .readFileSync(path.join(__dirname, '../../../../test/fixtures/claims/external12-sentences.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => (JSON.parse(line) as { text: string }).text);

describe('own sources: the claim checker’s statement index kept in the cache', () => {
  let root: string;
  let dir: string;
  let cacheDir: string;
  let indexFile: string;
  const notes: string[] = [];

  /** The library alone, as the CLI reads it with a team file; with the statement index from the cache, or without. */
  const open = async (cached = true) => {
    forgetReadingsInMemory();
    const library = await readLibrary(['library'], root, undefined, { cacheDir });
    const kb = KnowledgeBase.fromCompiled(library.knowledge);
    if (cached) useCachedStatementIndex(kb, library.contentIds, cacheDir, (n) => notes.push(n));
    return kb;
  };
  /** Every warning on the drafts, checked against the statements read from the sources alone. */
  const warnings = (kb: KnowledgeBase) =>
    drafts.flatMap((text) =>
      checkDocument(kb, text, { curatedFacts: false }).findings.map((f) => `${text.slice(f.start, f.end)}: ${f.message}`),
    );

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcebook-statement-index-'));
    dir = path.join(root, 'library');
    cacheDir = path.join(root, '.sourcebook', 'cache');
    indexFile = path.join(cacheDir, STATEMENT_INDEX_FILE);
    writeLibrary(dir);
    notes.length = 0;
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('is written on the first check and read back by the next, which warns as a checker reading every passage does', async () => {
    const fresh = warnings(await open(false));
    assert.ok(fresh.length >= 10, `the drafts contradict the library's documents: ${fresh.length} warnings`);
    assert.deepEqual(warnings(await open()), fresh);
    assert.ok(fs.existsSync(indexFile), 'the first check keeps its index in the cache');
    const written = fs.statSync(indexFile).mtimeMs;
    assert.deepEqual(warnings(await open()), fresh);
    assert.equal(fs.statSync(indexFile).mtimeMs, written, 'nothing changed: the index is read, not written again');
    assert.deepEqual(notes, []);
  });

  it('after a file changes, one is deleted and one is added, warns on the new text and not the gone, as a fresh checker does', async () => {
    await open();
    // A wrong year for a statement only the new file makes, and one only the deleted file made.
    const added = 'The fisheries ministry of the coastal province opened its new research station in 2014.';
    fs.appendFileSync(path.join(dir, 'beta.md'), `\n${added}\n`);
    const goneSentences = seedParagraphs(3);
    fs.rmSync(path.join(dir, 'delta.html'));
    const kb = await open();
    const fresh = await open(false);
    assert.deepEqual(warnings(kb), warnings(fresh));
    const draft = 'The fisheries ministry of the coastal province opened its new research station in 2016.';
    const found = checkDocument(kb, draft, { curatedFacts: false }).findings;
    assert.equal(found.length, 1, 'the changed file’s new statement is checked against');
    assert.match(found[0].message, /2014/);
    assert.ok(!kb.passages.some((p) => goneSentences.some((s) => s.includes(p.text))), 'the deleted file’s passages are gone');
    assert.deepEqual(notes, []);
  });

  const damages: [string, (bytes: Buffer) => Buffer, RegExp][] = [
    ['a truncated', (b) => b.subarray(0, b.length - 7), /does not match its checksum \(truncated or damaged\); it is rebuilt$/],
    ['a garbled', () => Buffer.from('\u0000\u0001garbage'), /is not a statement index \(truncated or damaged\); it is rebuilt$/],
    [
      'another version’s',
      (b) => Buffer.from(b.toString('latin1').replace(/"version":\d+/, '"version":999'), 'latin1'),
      /was written by another version \(format 999\); it is rebuilt$/,
    ],
    [
      'another reading’s',
      (b) => Buffer.from(b.toString('latin1').replace(/"analysis":"[0-9a-f]+"/, '"analysis":"0"'), 'latin1'),
      /was made by a version that reads the sources differently; it is rebuilt$/,
    ],
  ];
  for (const [damage, spoil, expected] of damages) {
    it(`${damage} index file is rebuilt with a note, never used`, async () => {
      const fresh = warnings(await open(false));
      await open();
      fs.writeFileSync(indexFile, spoil(fs.readFileSync(indexFile)));
      const kb = await open();
      assert.equal(notes.length, 1, notes.join('\n'));
      assert.match(notes[0], expected);
      assert.deepEqual(warnings(kb), fresh);
      await open();
      assert.equal(notes.length, 1, 'the rebuilt index is sound');
    });
  }

  it('a flipped bit in the index’s numbers is caught by the checksum', async () => {
    await open();
    const bytes = fs.readFileSync(indexFile);
    bytes[bytes.length - 100] ^= 0x10;
    fs.writeFileSync(indexFile, bytes);
    const kb = await open();
    assert.equal(notes.length, 1, notes.join('\n'));
    assert.match(notes[0], /does not match its checksum/);
    assert.deepEqual(warnings(kb), warnings(await open(false)));
  });
});
