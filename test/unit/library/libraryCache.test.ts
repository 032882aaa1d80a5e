import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkDocument } from '../../../src/core/claims/document';
import { KnowledgeBase } from '../../../src/core/knowledge/knowledgeBase';
import type { LibraryFileStatus } from '../../../src/core/library/compileLibrary';
import { forgetDecodedTexts, textOf, Utf8Text } from '../../../src/core/library/utf8Text';
import { contentHash, forgetReadingsInMemory, LibraryCache, UNREFERENCED_KEPT_MS } from '../../../src/node/library/libraryCache';
import {
  MAX_LIBRARY_FILE_BYTES,
  readLibrary,
  readLibraryFiles,
  type LibraryFiles,
  type ReadLibraryResult,
} from '../../../src/node/library/readLibrary';
import { cliIn } from '../helpers/cli';
import { writePdf } from '../helpers/documents';
import { seedParagraphs, writeLibrary } from '../helpers/sourcesFolder';

/** Every file's status by its base name. */
function statuses(library: ReadLibraryResult): Map<string, LibraryFileStatus> {
  return new Map(library.files.map((f) => [path.basename(f.file), f]));
}

/** What a user sees of a library: each file's status and every passage, for comparing two runs. */
function visible(library: ReadLibraryResult) {
  return { files: library.files, passages: library.knowledge.passages, terms: library.knowledge.terms, sources: library.knowledge.sources };
}

/** `visible` as plain data, every text read now: what a later change to the cache cannot alter. */
function seenNow(library: ReadLibraryResult): unknown {
  return JSON.parse(JSON.stringify(visible(library)));
}

/** Each document's text as read, by base name: read through the cache, a `Utf8Text`. */
function documentTexts(files: LibraryFiles): Map<string, Utf8Text> {
  return new Map(files.documents.map((d) => [path.basename(d.file), d.text as Utf8Text]));
}

/** Development sentences written from the seed articles (some wrong, some right): what the library's documents say. */
const drafts = fs
  .readFileSync(path.join(__dirname, '../../../../test/fixtures/claims/external12-sentences.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => (JSON.parse(line) as { text: string }).text);

/** Every warning the claim checker gives on the drafts against a library alone. */
function warnings(library: ReadLibraryResult): string[] {
  const kb = KnowledgeBase.fromCompiled(library.knowledge);
  return drafts.flatMap((text) =>
    checkDocument(kb, text, { curatedFacts: false }).findings.map((f) => `${text.slice(f.start, f.end)}: ${f.message}`),
  );
}

describe('own sources: the cache of what was read', () => {
  let root: string;
  let dir: string;
  let cacheDir: string;
  const notes: string[] = [];
  /** A run as a new process (the CLI) makes it: nothing kept in memory from the run before. */
  const read = () => {
    forgetReadingsInMemory();
    return readInProcess();
  };
  /** A run in a long-lived process (the editor's), which keeps the readings it has loaded. */
  const readInProcess = () => readLibrary(['library'], root, undefined, { cacheDir, onNote: (n) => notes.push(n) });

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcebook-cache-'));
    dir = path.join(root, 'library');
    cacheDir = path.join(root, '.sourcebook', 'cache');
    writeLibrary(dir);
    notes.length = 0;
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('a second run reads no file and gives the same library', async () => {
    const first = await read();
    assert.equal(first.stats.parsed, 5, 'the first run reads every file');
    assert.equal(first.stats.fromCache, 0);
    assert.deepEqual(
      first.files.map((f) => f.status),
      ['indexed', 'indexed', 'indexed', 'indexed', 'bibliography'],
    );
    const second = await read();
    assert.equal(second.stats.parsed, 0, 'nothing changed, so nothing is read again');
    assert.equal(second.stats.fromCache, 5);
    assert.deepEqual(visible(second), visible(first));
    assert.deepEqual(notes, []);
  });

  it('a file modified between runs is read again alone, and its new text is what is indexed', async () => {
    await read();
    const added = 'The ministry announced a wholly new consultation framework for regional supply chains last spring.';
    fs.appendFileSync(path.join(dir, 'beta.md'), `\n${added}\n`);
    const second = await read();
    assert.equal(second.stats.parsed, 1, 'only the changed file is read');
    assert.equal(second.stats.fromCache, 4);
    assert.ok(
      second.knowledge.passages.some((p) => p.source === 'beta' && p.text.includes(added)),
      'the new sentence is a passage of its source',
    );
    const third = await read();
    assert.equal(third.stats.parsed, 0, 'the new contents are cached in turn');
  });

  it('a same-size edit that keeps the file’s time (a coarse clock) is still seen, since the file was hashed too soon', async () => {
    const file = path.join(dir, 'gamma.txt');
    // A time in whole seconds, as such a file system keeps it: set again after the edit, it is the same time.
    const time = Math.floor(Date.now() / 1000);
    fs.utimesSync(file, time, time);
    await read();
    const text = fs.readFileSync(file, 'utf8');
    const edited = text.replace(/\b(the)\b/, 'THE');
    assert.notEqual(edited, text);
    fs.writeFileSync(file, edited);
    fs.utimesSync(file, time, time);
    const second = await read();
    assert.ok(
      second.knowledge.passages.some((p) => p.source === 'gamma' && p.text.includes('THE')),
      'the edited text is indexed, not the cached one',
    );
  });

  it('in a long-lived process, a second run takes what it read before from memory, not from the cache files', async () => {
    const first = seenNow(await readInProcess());
    // Every entry garbled, each keeping its size: a new process would find each damaged.
    const entries = path.join(cacheDir, 'entries');
    for (const name of fs.readdirSync(entries))
      fs.writeFileSync(path.join(entries, name), Buffer.alloc(fs.statSync(path.join(entries, name)).size, 'x'));
    const second = await readInProcess();
    assert.equal(second.stats.parsed, 0);
    assert.equal(second.stats.fromCache, 5);
    assert.deepEqual(notes, [], 'no entry was read');
    // A new process finds the entries damaged and reads the files again: never a wrong reading, only a slower one.
    const third = await read();
    assert.equal(third.stats.parsed, 5);
    assert.deepEqual(seenNow(third), first);
  });

  it('a document’s text is not held once the cache has it (parsed and saved, or read back), and reads as without a cache', async () => {
    const uncached = await readLibrary(['library'], root, undefined, {});
    const uncachedTexts = [...documentTexts(await readLibraryFiles(['library'], root))].map(([name, text]) => [name, text.text]);
    assert.equal(uncachedTexts.length, 4);
    forgetReadingsInMemory();
    const parsed = await readLibraryFiles(['library'], root, { cacheDir });
    assert.equal(parsed.stats.parsed, 5);
    forgetReadingsInMemory();
    const readBack = await readLibraryFiles(['library'], root, { cacheDir });
    assert.equal(readBack.stats.fromCache, 5);
    for (const [run, files] of [
      ['parsed and saved', parsed],
      ['read back', readBack],
    ] as const) {
      forgetDecodedTexts();
      const texts = documentTexts(files);
      for (const [name, text] of texts) assert.equal(text.held, false, `${run}: ${name}'s text is read from its entry when needed`);
      assert.deepEqual(
        [...texts].map(([name, text]) => [name, textOf(text)]),
        uncachedTexts,
      );
    }
    const cached = await read();
    forgetDecodedTexts();
    assert.deepEqual(
      cached.knowledge.passages.map((p) => [p.id, p.text]),
      uncached.knowledge.passages.map((p) => [p.id, p.text]),
    );
    assert.deepEqual(seenNow(cached), seenNow(uncached));
    const found = warnings(uncached);
    assert.ok(found.length >= 10, `the drafts contradict the library's documents: ${found.length} warnings`);
    forgetDecodedTexts();
    assert.deepEqual(warnings(cached), found);
    assert.deepEqual(notes, []);
  });

  const underReader: [string, (entry: string) => void, string, RegExp[]][] = [
    ['deleted', (entry) => fs.rmSync(entry), 'was deleted', []],
    [
      'rewritten (the same size, another text)',
      (entry) => {
        const bytes = fs.readFileSync(entry);
        const at = bytes.lastIndexOf('the');
        bytes.write('THE', at, 'latin1');
        fs.writeFileSync(entry, bytes);
      },
      'was changed',
      [/ does not match its checksum \(truncated or damaged\); the file is read again$/],
    ],
  ];
  for (const [what, damage, problem, rereadNotes] of underReader) {
    it(`a text whose cache entry is ${what} under a running reader reads as blanks of its length with one note, and a re-read mends it`, async () => {
      const expected = seenNow(await readLibrary(['library'], root));
      let told = 0;
      const options = { cacheDir, onNote: (n: string) => notes.push(n), onTextUnreadable: () => told++ };
      forgetReadingsInMemory();
      const library = await readLibrary(['library'], root, undefined, options);
      const entry = path.join(cacheDir, 'entries', `${library.contentIds.get('alpha')}.json`);
      damage(entry);
      forgetDecodedTexts();
      const alpha = library.knowledge.sources.find((s) => s.key === 'alpha')!;
      const others = library.knowledge.sources.filter((s) => s !== alpha);
      const alphaText = (expected as { sources: { key: string; text: string }[] }).sources.find((s) => s.key === 'alpha')!.text;
      assert.equal(alpha.text, ' '.repeat(alphaText.length), 'blanks: every offset into it stays valid, and no word is wrong');
      const passages = library.knowledge.passages.filter((p) => p.source === 'alpha');
      assert.ok(passages.length > 0);
      for (const p of passages) assert.equal(p.text, ' '.repeat(p.end - p.start));
      assert.deepEqual(notes, [
        `the sources cache entry ${entry} ${problem} while its document was in use: its text reads as blanks until the sources are read again`,
      ]);
      assert.equal(told, 1, 'the caller is told, so that it can read the sources again');
      for (const source of others) assert.notEqual(source.text.trim(), '', `${source.key} still reads`);
      // The editor reads its sources again (the same process, the readings it holds): the entry is read or made anew.
      notes.length = 0;
      const again = await readLibrary(['library'], root, undefined, options);
      assert.equal(again.stats.parsed, 1, 'the file whose entry is gone is read again');
      assert.equal(notes.length, rereadNotes.length, notes.join('\n'));
      rereadNotes.forEach((note, i) => assert.match(notes[i], note));
      forgetDecodedTexts();
      assert.deepEqual(seenNow(again), expected);
      assert.ok(fs.existsSync(entry), 'its entry is written again');
      assert.equal(told, 1);
    });
  }

  it('an entry no file refers to any more is kept a day, for another process still reading from it, then deleted', async () => {
    const expectedGamma = (await readLibrary(['library'], root)).knowledge.sources.find((s) => s.key === 'gamma')!.text;
    const first = await read();
    const name = `${first.contentIds.get('gamma')}.json`;
    const entry = path.join(cacheDir, 'entries', name);
    const manifest = () =>
      JSON.parse(fs.readFileSync(path.join(cacheDir, 'files.json'), 'utf8')) as { unreferenced: Record<string, number> };
    const before = Date.now();
    fs.rmSync(path.join(dir, 'gamma.txt'));
    // What a writer that stopped half-way leaves (`writeFileAtomic`'s temporary file): another process's, maybe live.
    const stale = path.join(cacheDir, 'entries', `.${name}.4242.tmp`);
    fs.writeFileSync(stale, 'half');
    await read();
    assert.ok(fs.existsSync(entry), 'kept though no file refers to it');
    assert.ok(fs.existsSync(stale), 'a temporary file too');
    const since = manifest().unreferenced[name];
    assert.ok(since >= before && since <= Date.now(), 'the manifest says since when');
    // A save later (another run) at a clock given here: within the day the entry stays, after it goes.
    const saveAt = (elapsed: number) => {
      forgetReadingsInMemory();
      LibraryCache.open(cacheDir, (n) => notes.push(n), { now: () => since + elapsed }).save();
    };
    saveAt(UNREFERENCED_KEPT_MS - 60_000);
    assert.ok(fs.existsSync(entry), 'still kept within the day');
    forgetDecodedTexts();
    assert.equal(first.knowledge.sources.find((s) => s.key === 'gamma')!.text, expectedGamma, 'the first run still reads it');
    saveAt(UNREFERENCED_KEPT_MS);
    assert.equal(fs.existsSync(entry), false, 'deleted after the day');
    assert.equal(fs.existsSync(stale), false, 'the temporary file too');
    assert.deepEqual(manifest().unreferenced, {});
    assert.equal(Object.keys(JSON.parse(fs.readFileSync(path.join(cacheDir, 'files.json'), 'utf8')).files).length, 4, 'no file forgotten');
    assert.deepEqual(notes, []);
  });

  it('a file that keeps changing while it is read says so, is not cached, and is read once it is saved', async () => {
    const file = path.join(dir, 'report.pdf');
    fs.writeFileSync(file, await writePdf(seedParagraphs(4).slice(0, 3), {}));
    // Each turn of the event loop appends a PDF comment line, as a program saving the file in pieces would; the PDF
    // reader yields to the event loop while it parses, so the file changes under each reading.
    let saving = true;
    const save = () => {
      if (!saving) return;
      fs.appendFileSync(file, '\n%');
      setImmediate(save);
    };
    const running = read();
    setImmediate(save);
    const during = await running.finally(() => (saving = false));
    const status = statuses(during).get('report.pdf');
    assert.equal(status?.status, 'failed');
    assert.equal(status?.reason, 'changed while it was read (still being saved?); it is read again on the next run');
    assert.equal(statuses(during).get('alpha.md')?.status, 'indexed', 'the rest is indexed');
    const after = await read();
    assert.equal(statuses(after).get('report.pdf')?.status, 'indexed');
    assert.equal(after.stats.parsed, 1, 'only the file that was being saved is read again');
  });

  it('a file touched but not changed is taken from the cache by its content hash', async () => {
    await read();
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(path.join(dir, 'alpha.md'), later, later);
    const second = await read();
    assert.equal(second.stats.parsed, 0);
    assert.equal(second.stats.fromCache, 5);
  });

  it('a file deleted between runs drops out of the library and of the cache', async () => {
    const first = await read();
    const gammaPassages = first.knowledge.passages.filter((p) => p.source === 'gamma').length;
    assert.ok(gammaPassages > 0);
    const entriesBefore = fs.readdirSync(path.join(cacheDir, 'entries')).length;
    fs.rmSync(path.join(dir, 'gamma.txt'));
    const second = await read();
    assert.equal(statuses(second).has('gamma.txt'), false);
    assert.equal(
      second.knowledge.passages.some((p) => p.source === 'gamma'),
      false,
      'its passages are gone',
    );
    assert.equal(second.knowledge.passages.length, first.knowledge.passages.length - gammaPassages, 'every other passage is kept');
    const manifest = JSON.parse(fs.readFileSync(path.join(cacheDir, 'files.json'), 'utf8'));
    assert.deepEqual(
      Object.keys(manifest.files).map((f) => path.basename(f)),
      ['alpha.md', 'beta.md', 'delta.html', 'refs.bib'],
    );
    assert.equal(fs.readdirSync(path.join(cacheDir, 'entries')).length, entriesBefore, 'its entry is kept a while (below)');
    assert.equal(Object.keys(manifest.unreferenced).length, 1, 'and listed as referred to by no file');
  });

  it('a zero-byte file, a file over the limit and a malformed .bib each say why, and the rest is indexed', async () => {
    fs.writeFileSync(path.join(dir, 'empty.md'), '');
    // Sparse: the size is over the limit without writing the bytes.
    fs.writeFileSync(path.join(dir, 'huge.txt'), '');
    fs.truncateSync(path.join(dir, 'huge.txt'), MAX_LIBRARY_FILE_BYTES + 1);
    fs.writeFileSync(path.join(dir, 'broken.bib'), '@article{smith2020,\n  title = {An unclosed title,\n  year = 2020\n');
    for (const run of [await read(), await read()]) {
      const s = statuses(run);
      assert.equal(s.get('empty.md')?.status, 'failed');
      assert.equal(s.get('empty.md')?.reason, 'empty: no text');
      assert.equal(s.get('huge.txt')?.status, 'failed');
      assert.match(s.get('huge.txt')?.reason ?? '', /^is 32\.0 MB; files over 32 MB are not read$/);
      assert.equal(s.get('broken.bib')?.status, 'failed');
      assert.match(s.get('broken.bib')?.reason ?? '', /^malformed \.bib: /);
      for (const name of ['alpha.md', 'beta.md', 'gamma.txt', 'delta.html']) assert.equal(s.get(name)?.status, 'indexed', name);
      assert.equal(s.get('gamma.txt')?.entry, 'gamma', 'the good .bib still gives its entry');
    }
  });

  it('the same document twice is indexed once; the copy says it duplicates the first', async () => {
    fs.mkdirSync(path.join(dir, 'copies'));
    fs.copyFileSync(path.join(dir, 'alpha.md'), path.join(dir, 'copies', 'alpha-copy.md'));
    for (const run of [await read(), await read()]) {
      const copy = statuses(run).get('alpha-copy.md');
      assert.equal(copy?.status, 'failed');
      assert.equal(copy?.reason, `a duplicate of ${path.join('library', 'alpha.md')}: the same content`);
      assert.equal(statuses(run).get('alpha.md')?.status, 'indexed');
      assert.equal(run.knowledge.sources.filter((s) => s.title === 'Alpha note').length, 1, 'its passages are not in the library twice');
    }
  });

  it('a file that turns bad between runs says why, and nothing else indexed is lost', async () => {
    const first = await read();
    fs.writeFileSync(path.join(dir, 'beta.md'), Buffer.from([0x23, 0x20, 0x00, 0x01, 0xff]));
    const second = await read();
    const s = statuses(second);
    assert.equal(s.get('beta.md')?.status, 'failed');
    assert.equal(s.get('beta.md')?.reason, 'binary: it contains NUL bytes, so it is not text');
    const others = (l: ReadLibraryResult) => l.knowledge.passages.filter((p) => p.source !== 'beta');
    assert.deepEqual(others(second), others(first));
  });

  for (const [damage, how, expected] of [
    [
      'a truncated',
      (text: string) => text.slice(0, Math.floor(text.length / 2)),
      /files\.json is not valid JSON \(truncated or damaged\); it is rebuilt$/,
    ],
    ['a garbled', () => '\u0000\u0001garbage', /files\.json is not valid JSON \(truncated or damaged\); it is rebuilt$/],
    [
      "another version's",
      (text: string) => text.replace(/"version":\d+/, '"version":999'),
      /files\.json was written by another version \(format 999, expected \d+\); it is rebuilt$/,
    ],
  ] as const) {
    it(`${damage} cache manifest is rebuilt with a note, never trusted`, async () => {
      const first = await read();
      const manifest = path.join(cacheDir, 'files.json');
      fs.writeFileSync(manifest, how(fs.readFileSync(manifest, 'utf8')));
      const second = await read();
      assert.equal(notes.length, 1, notes.join('\n'));
      assert.match(notes[0], expected);
      assert.deepEqual(visible(second), visible(first));
      const third = await read();
      assert.equal(notes.length, 1, 'the rebuilt cache is sound');
      assert.equal(third.stats.parsed, 0);
    });
  }

  it('a damaged cache entry is not trusted: its file is read again', async () => {
    const first = await read();
    const entries = path.join(cacheDir, 'entries');
    const names = fs.readdirSync(entries);
    // One entry with a word of its text changed (the same length, still well-formed JSON), one cut short.
    const victim = names.find((n) => fs.readFileSync(path.join(entries, n), 'utf8').includes('Alpha note'));
    assert.ok(victim);
    const text = fs.readFileSync(path.join(entries, victim), 'utf8');
    // The document's text follows the header line and the reading's JSON line.
    const textStart = text.indexOf('\n', text.indexOf('\n') + 1) + 1;
    const word = / (the) /.exec(text.slice(textStart))!;
    const at = textStart + word.index;
    fs.writeFileSync(path.join(entries, victim), `${text.slice(0, at)} THE ${text.slice(at + word[0].length)}`);
    const other = names.find((n) => n !== victim)!;
    fs.writeFileSync(path.join(entries, other), fs.readFileSync(path.join(entries, other)).subarray(0, 200));
    const second = await read();
    assert.equal(notes.length, 2, notes.join('\n'));
    for (const name of [victim, other]) {
      assert.ok(
        notes.some((n) => n.includes(name) && n.endsWith('does not match its checksum (truncated or damaged); the file is read again')),
        notes.join('\n'),
      );
    }
    assert.deepEqual(visible(second), visible(first), 'the library is what the files say, not what the damaged cache said');
  });

  it('a cache that cannot be written is noted once and the library is still read whole', async () => {
    fs.mkdirSync(path.dirname(cacheDir), { recursive: true });
    fs.writeFileSync(cacheDir, 'a file where the cache folder should be');
    const run = await read();
    assert.equal(notes.length, 1, notes.join('\n'));
    assert.match(notes[0], /^the sources cache .* could not be written \(.*\); the next run reads every file again$/);
    assert.deepEqual(
      run.files.map((f) => f.status),
      ['indexed', 'indexed', 'indexed', 'indexed', 'bibliography'],
    );
  });

  it('a cache that cannot be written keeps the texts in memory, and they read as without a cache', async () => {
    fs.mkdirSync(path.dirname(cacheDir), { recursive: true });
    fs.writeFileSync(cacheDir, 'a file where the cache folder should be');
    const uncached = [...documentTexts(await readLibraryFiles(['library'], root))].map(([name, text]) => [name, text.text]);
    const files = await readLibraryFiles(['library'], root, { cacheDir, onNote: (n) => notes.push(n) });
    assert.equal(notes.length, 1, notes.join('\n'));
    forgetDecodedTexts();
    const texts = documentTexts(files);
    for (const [name, text] of texts) assert.equal(text.held, true, `${name}: there is no entry to read it from`);
    assert.deepEqual(
      [...texts].map(([name, text]) => [name, text.text]),
      uncached,
    );
  });

  it('a cache that takes no new entry keeps a new file’s text in memory, and still reads the others from their entries', async () => {
    await read();
    const added = path.join(dir, 'epsilon.txt');
    fs.writeFileSync(added, `${seedParagraphs(4).join('\n\n')}\n`);
    // A folder where the new entry would go: writing it fails, as in a folder made read-only after the cache was built.
    fs.mkdirSync(path.join(cacheDir, 'entries', `${contentHash(fs.readFileSync(added))}-text.json`));
    const uncached = [...documentTexts(await readLibraryFiles(['library'], root))].map(([name, text]) => [name, text.text]);
    forgetReadingsInMemory();
    const files = await readLibraryFiles(['library'], root, { cacheDir, onNote: (n) => notes.push(n) });
    assert.equal(files.stats.parsed, 1);
    assert.equal(notes.length, 1, notes.join('\n'));
    assert.match(notes[0], /could not be written/);
    forgetDecodedTexts();
    const texts = documentTexts(files);
    for (const [name, text] of texts) assert.equal(text.held, name === 'epsilon.txt', `${name}: held only when it has no entry`);
    assert.deepEqual(
      [...texts].map(([name, text]) => [name, text.text]),
      uncached,
    );
  });

  it('a run that takes every file from the cache loads none of the readers (PDF.js, mammoth, linkedom, Readability)', async () => {
    await read();
    // In a fresh process, so that what is loaded is what this run needed; the modules are told apart by their folder.
    const script = `
      const { readLibrary } = require(${JSON.stringify(require.resolve('../../../src/node/library/readLibrary'))});
      readLibrary(['library'], ${JSON.stringify(root)}, undefined, { cacheDir: ${JSON.stringify(cacheDir)} }).then((l) => {
        const loaded = Object.keys(require.cache).filter((f) => /node_modules[\\/](unpdf|mammoth|linkedom|@mozilla[\\/]readability)[\\/]/.test(f));
        console.log(JSON.stringify({ fromCache: l.stats.fromCache, parsed: l.stats.parsed, loaded: loaded.length }));
      });`;
    const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    assert.equal(child.status, 0, child.stderr);
    assert.deepEqual(JSON.parse(child.stdout), { fromCache: 5, parsed: 0, loaded: 0 });
  });

  it('sourcebook index caches beside the team file, says what it read, and keeps the cache out of git', async () => {
    fs.mkdirSync(path.join(root, '.sourcebook'), { recursive: true });
    fs.writeFileSync(path.join(root, '.sourcebook', 'config.json'), '{ "sources": ["library"], "bundled": false }');
    const first = await cliIn(root, 'index');
    assert.equal(first.code, 0, first.err);
    assert.match(
      first.out,
      /4 documents, \d+ passages, \d+ terms?, \d+ claims; 0 files not indexed\.\n5 files read, 0 taken from the cache \(/,
    );
    assert.equal(fs.readFileSync(path.join(cacheDir, '.gitignore'), 'utf8').split('\n').at(-2), '*');
    fs.appendFileSync(path.join(dir, 'gamma.txt'), 'One more sentence about the trilateral summit was added to the report today.\n');
    const second = await cliIn(root, 'index', '--json');
    const summary = JSON.parse(second.out);
    assert.equal(summary.read, 1);
    assert.equal(summary.fromCache, 4);
    assert.equal(summary.cache, cacheDir);
  });

  it('sourcebook index keeps the citation index in the cache, and cite finds a changed file’s new words with it', async () => {
    fs.mkdirSync(path.join(root, '.sourcebook'), { recursive: true });
    fs.writeFileSync(path.join(root, '.sourcebook', 'config.json'), '{ "sources": ["library"], "bundled": false }');
    assert.equal((await cliIn(root, 'index')).code, 0);
    const indexFile = path.join(cacheDir, 'citation-index.bin');
    assert.ok(fs.existsSync(indexFile), 'index writes the citation index, so the first cite need not build it');
    const written = fs.statSync(indexFile).mtimeMs;
    const before = await cliIn(root, 'cite', 'Reconciliation and Healing Foundation', '--json');
    assert.equal(before.code, 0, before.err);
    assert.equal(fs.statSync(indexFile).mtimeMs, written, 'nothing changed: cite reads the index as it is');
    const added = 'Negotiators from the three coastal provinces drafted a fisheries accord over the winter months.';
    fs.appendFileSync(path.join(dir, 'gamma.txt'), `\n${added}\n`);
    const after = await cliIn(root, 'cite', added, '--json');
    assert.equal(after.code, 0, after.err);
    assert.equal(JSON.parse(after.out)[0].source, 'gamma');
    assert.ok(fs.statSync(indexFile).mtimeMs > written, 'the index is updated for the changed file and kept');
  });
});
