import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { compileKnowledge } from '../../../src/core/knowledge/compile';
import { checkDocument } from '../../../src/core/claims/document';
import { readKnowledgeFolder } from '../../../src/node/knowledgeFolder';
import { LIBRARY_LINK_SUFFIX, writeLibraryLink } from '../../../src/node/library/checkerKnowledge';
import { loadEditorKnowledge, resolveKnowledgeSelection } from '../../../src/node/library/editorSources';
import { STATEMENT_INDEX_FILE } from '../../../src/node/library/statementIndexCache';
import { ClaimCheckClient } from '../../../src/worker/claimCheckClient';
import { writeLibrary } from '../helpers/sourcesFolder';
import { realKnowledge, REPO_ROOT } from '../helpers/knowledge';

/** The worker as tsc compiled it (the extension runs the esbuild bundle of the same file). */
const WORKER_FILE = path.join(REPO_ROOT, 'out', 'src', 'worker', 'claimCheckWorker.js');
const DRAFT = 'The memo.\n\nIn October 2016, South Korea’s Supreme Court ruled that Japanese companies must compensate the victims.\n';

describe('claim checking in a worker thread', function () {
  this.timeout(60_000);
  let knowledgeFile: string;
  const clients: ClaimCheckClient[] = [];
  const notes: string[] = [];
  const client = (budgetMs: number, file = knowledgeFile) => {
    const c = new ClaimCheckClient({ workerFile: WORKER_FILE, knowledgeFile: file, budgetMs, onReady: (_, n) => notes.push(...n) });
    clients.push(c);
    return c;
  };

  before(() => {
    knowledgeFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sourcebook-worker-')), 'knowledge.json');
    fs.writeFileSync(knowledgeFile, JSON.stringify(compileKnowledge(readKnowledgeFolder(path.join(REPO_ROOT, 'knowledge')))));
  });
  after(() => {
    for (const c of clients) c.dispose();
    fs.rmSync(path.dirname(knowledgeFile), { recursive: true, force: true });
  });

  it('finds what an in-process check finds', async () => {
    const outcome = await client(10_000).check('memo.md', DRAFT, { includeUnsupported: false });
    assert.equal(outcome.status, 'done');
    const expected = checkDocument(realKnowledge(), DRAFT).findings;
    assert.ok(expected.length > 0, 'the draft has a claim the sources contradict');
    assert.deepEqual(outcome.status === 'done' && outcome.check.findings, expected);
  });

  it('abandons a check that runs past its budget, and checks the next draft on a fresh thread', async () => {
    const checker = client(100);
    // Sixteen megabytes of prose take far longer than 100 ms to check.
    const huge = `${realKnowledge()
      .passages.map((p) => p.text)
      .join(' ')}\n\n`.repeat(Math.ceil(16e6 / 60_000));
    const stopped = await checker.check('huge.md', huge, { includeUnsupported: false });
    assert.deepEqual(stopped, { status: 'overBudget', budgetMs: 100 });
    // A fresh thread on a busy machine may need more than 100 ms for its first real check: that is not what this tests.
    const next = await checker.check('memo.md', DRAFT, { includeUnsupported: false, budgetMs: 10_000 });
    assert.equal(next.status, 'done');
    assert.equal(next.status === 'done' && next.check.findings.length, checkDocument(realKnowledge(), DRAFT).findings.length);
  });

  it('replaces a queued check of a document by a newer one, and answers both callers', async () => {
    const checker = client(10_000);
    const busy = checker.check('other.md', DRAFT.repeat(2000), { includeUnsupported: false });
    const older = checker.check('memo.md', 'An old version.', { includeUnsupported: false });
    const newer = checker.check('memo.md', DRAFT, { includeUnsupported: false });
    assert.deepEqual(await older, { status: 'superseded' });
    const latest = await newer;
    assert.ok(latest.status === 'done' && latest.check.findings.length > 0);
    assert.equal((await busy).status, 'done');
  });

  it('checks against the knowledge it is pointed at next, restarting its thread', async () => {
    const checker = client(10_000);
    assert.equal((await checker.check('memo.md', DRAFT, { includeUnsupported: false })).status, 'done');
    // Knowledge with neither hand-written facts nor passages to read statements from: nothing contradicts the draft.
    const withoutFacts = path.join(path.dirname(knowledgeFile), 'no-facts.json');
    fs.writeFileSync(withoutFacts, JSON.stringify({ ...realKnowledge().compiled, facts: [], passages: [] }));
    checker.useKnowledge(withoutFacts);
    const outcome = await checker.check('memo.md', DRAFT, { includeUnsupported: false });
    assert.equal(outcome.status, 'done');
    assert.deepEqual(outcome.status === 'done' && outcome.check.findings, []);
    assert.equal(checker.currentKnowledgeFile, withoutFacts);
  });

  it('passes curatedFacts to the checker: off, the hand-written facts are not checked against', async () => {
    const checker = client(10_000);
    const on = await checker.check('memo.md', DRAFT, { includeUnsupported: false, curatedFacts: true });
    const off = await checker.check('memo.md', DRAFT, { includeUnsupported: false, curatedFacts: false });
    assert.ok(on.status === 'done' && on.check.findings.length > 0);
    assert.deepEqual(off.status === 'done' && off.check.findings, checkDocument(realKnowledge(), DRAFT, { curatedFacts: false }).findings);
    // On, the hand-written fact speaks for the sentence; off, the statement read from the source's own text does.
    assert.ok(on.status === 'done' && on.check.findings.some((f) => !f.factId.startsWith('source:')));
    assert.ok(off.status === 'done' && off.check.findings.length > 0 && off.check.findings.every((f) => f.factId.startsWith('source:')));
  });

  it('says why when the knowledge cannot be loaded, instead of waiting for ever', async () => {
    const outcome = await client(10_000, path.join(path.dirname(knowledgeFile), 'missing.json')).check('memo.md', DRAFT, {
      includeUnsupported: false,
    });
    assert.equal(outcome.status, 'failed');
    assert.match(outcome.status === 'failed' ? outcome.message : '', /knowledge index not found/);
  });

  it('over a library, reads it from the sources cache the editor names, keeping the statement index there for the next thread', async () => {
    const root = path.dirname(knowledgeFile);
    const workspace = path.join(root, 'workspace');
    writeLibrary(path.join(workspace, 'library'));
    const cacheDir = path.join(root, 'cache');
    const selection = resolveKnowledgeSelection(workspace, { sources: ['library'], bundled: false });
    const library = await loadEditorKnowledge(selection, realKnowledge, { cacheDir });
    const file = path.join(root, `claim-checker${LIBRARY_LINK_SUFFIX}`);
    writeLibraryLink(file, { selection, bundledFile: knowledgeFile, cacheDir });
    const draft = 'South Korea’s Supreme Court ruled in 2019 that Japanese companies must compensate the victims of forced labor.';
    const expected = checkDocument(library.kb, draft, { curatedFacts: false }).findings;
    assert.ok(expected.length > 0, 'the draft contradicts a document of the library');
    const first = await client(10_000, file).check('memo.md', draft, { includeUnsupported: false, curatedFacts: false });
    assert.deepEqual(first.status === 'done' && first.check.findings, expected);
    const index = path.join(cacheDir, STATEMENT_INDEX_FILE);
    assert.ok(fs.existsSync(index), 'the thread keeps the index in the cache');
    const written = fs.statSync(index).mtimeMs;
    const second = await client(10_000, file).check('memo.md', draft, { includeUnsupported: false, curatedFacts: false });
    assert.deepEqual(second.status === 'done' && second.check.findings, expected);
    assert.equal(fs.statSync(index).mtimeMs, written, 'a new thread reads the index back');
    assert.deepEqual(notes, []);
  });
});
