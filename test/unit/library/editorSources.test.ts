import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { KnowledgeBase } from '../../../src/core/knowledge/knowledgeBase';
import { authorNames } from '../../../src/core/sources/describe';
import { glossaryRows, sourceRows } from '../../../src/core/sources/libraryRows';
import { LIBRARY_LINK_SUFFIX, loadCheckerKnowledge, writeLibraryLink } from '../../../src/node/library/checkerKnowledge';
import { loadEditorKnowledge, resolveKnowledgeSelection } from '../../../src/node/library/editorSources';
import { STATEMENT_INDEX_FILE } from '../../../src/node/library/statementIndexCache';
import { LibraryReadCancelled } from '../../../src/node/library/readLibrary';
import { KNOWLEDGE_FILE } from '../../../src/node/knowledgeIndex';
import { DEFINED_ACRONYM, writeOwnLibrary, type OwnLibrary } from '../../shared/ownLibrary';
import { realKnowledge, REPO_ROOT } from '../helpers/knowledge';

/** A repository (the team file is looked for up to its root) with a workspace folder `memos/` in it. */
function makeRepository(root: string) {
  execFileSync('git', ['init', '-q', root]);
  const workspace = path.join(root, 'memos');
  fs.mkdirSync(workspace, { recursive: true });
  return workspace;
}

function writeConfig(folder: string, config: unknown) {
  fs.mkdirSync(path.join(folder, '.sourcebook'), { recursive: true });
  fs.writeFileSync(path.join(folder, '.sourcebook', 'config.json'), typeof config === 'string' ? config : JSON.stringify(config));
}

describe('the editor’s knowledge: which sources, and reading them', () => {
  let root: string;
  let workspace: string;
  let lib: OwnLibrary;
  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcebook-editor-sources-'));
    workspace = makeRepository(root);
    lib = writeOwnLibrary(path.join(root, 'library'), realKnowledge());
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));
  afterEach(() => fs.rmSync(path.join(root, '.sourcebook'), { recursive: true, force: true }));

  describe('resolveKnowledgeSelection', () => {
    it('is the bundled articles alone when there is no team file and no setting', () => {
      const selection = resolveKnowledgeSelection(workspace, {});
      assert.deepEqual(selection.folders, []);
      assert.equal(selection.bundled, true);
      assert.equal(selection.configFile, undefined);
    });

    it('takes the nearest team file above the workspace folder, its folders relative to the folder holding .sourcebook/', () => {
      writeConfig(root, { sources: ['library/'], bundled: false });
      const selection = resolveKnowledgeSelection(workspace, {});
      assert.deepEqual(selection.folders, [lib.dir]);
      assert.equal(selection.bundled, false);
      assert.equal(selection.configFile, path.join(root, '.sourcebook', 'config.json'));
      assert.equal(selection.baseFolder, root);
    });

    it('lets the settings override the team file: folders relative to the workspace folder, and bundled', () => {
      writeConfig(root, { sources: ['library/'], bundled: false });
      const selection = resolveKnowledgeSelection(workspace, { sources: ['../library', ''], bundled: true });
      assert.deepEqual(selection.folders, [lib.dir]);
      assert.equal(selection.bundled, true);
      assert.equal(selection.foldersFrom, 'settings');
      assert.equal(selection.bundledFrom, 'settings');
      // An empty list set on purpose reads no folder, whatever the team file says.
      assert.deepEqual(resolveKnowledgeSelection(workspace, { sources: [] }).folders, []);
      assert.equal(resolveKnowledgeSelection(workspace, { bundled: false }).bundled, false, 'the team file still gives folders');
    });

    it('keeps the bundled articles when they are left out but no folder is given, and says why', () => {
      const selection = resolveKnowledgeSelection(workspace, { bundled: false });
      assert.equal(selection.bundled, true);
      assert.match(selection.bundledKeptBecause ?? '', /no sources folder/);
    });

    it('reports a team file that cannot be used instead of throwing, and falls back to the default', () => {
      writeConfig(root, '{ "sources": ["library/"], "bundeld": false }');
      const selection = resolveKnowledgeSelection(workspace, {});
      assert.match(selection.configError ?? '', /unknown field "bundeld"/);
      assert.deepEqual(selection.folders, []);
      assert.equal(selection.bundled, true);
    });
  });

  describe('loadEditorKnowledge', () => {
    it('reads the folders with progress, without the bundled articles when they are left out', async () => {
      writeConfig(root, { sources: ['library/'], bundled: false });
      const progress: [number, number][] = [];
      const knowledge = await loadEditorKnowledge(resolveKnowledgeSelection(workspace, {}), realKnowledge, {
        onProgress: (done, total) => progress.push([done, total]),
      });
      assert.deepEqual(
        knowledge.kb.sources.map((s) => s.key),
        ['biden-factor', 'brink', 'strengthen'],
      );
      assert.ok(knowledge.kb.terms.some((t) => t.name === DEFINED_ACRONYM));
      const total = fs.readdirSync(lib.dir).length;
      assert.deepEqual(progress[0], [0, total]);
      assert.deepEqual(progress[progress.length - 1], [total, total]);
      // Files are named as the writer sees them from the folder holding .sourcebook/.
      assert.ok(knowledge.library?.files.some((f) => f.file === path.join('library', lib.emptyFile) && f.status === 'failed'));
    });

    it('puts the bundled articles first when they are kept', async () => {
      const knowledge = await loadEditorKnowledge(resolveKnowledgeSelection(workspace, { sources: ['../library'] }), realKnowledge);
      assert.equal(knowledge.kb.sources.length, realKnowledge().sources.length + 3);
    });

    it('stops when cancelled, using nothing of the read', async () => {
      let asked = 0;
      await assert.rejects(
        loadEditorKnowledge(resolveKnowledgeSelection(workspace, { sources: ['../library'] }), realKnowledge, {
          isCancelled: () => ++asked > 1,
        }),
        LibraryReadCancelled,
      );
    });

    it('writes a link from which the claim checker’s thread reads the same knowledge from the sources cache', async () => {
      const selection = resolveKnowledgeSelection(workspace, { sources: ['../library'] });
      const cacheDir = path.join(root, 'storage', 'library-cache');
      const knowledge = await loadEditorKnowledge(selection, realKnowledge, { cacheDir });
      const file = path.join(root, 'storage', `claim-checker${LIBRARY_LINK_SUFFIX}`);
      writeLibraryLink(file, { selection, bundledFile: path.join(REPO_ROOT, 'dist', KNOWLEDGE_FILE), cacheDir });
      const notes: string[] = [];
      const loaded = await loadCheckerKnowledge(file, (n) => notes.push(n));
      const plain = (kb: KnowledgeBase) =>
        kb.passages.map(({ id, source, index, start, end, text }) => ({ id, source, index, start, end, text }));
      assert.deepEqual(plain(loaded), plain(knowledge.kb));
      assert.deepEqual(JSON.parse(JSON.stringify(loaded.compiled)), JSON.parse(JSON.stringify(knowledge.kb.compiled)));
      assert.ok(fs.existsSync(path.join(cacheDir, STATEMENT_INDEX_FILE)), 'the thread keeps the statement index in the cache');
      assert.deepEqual(notes, []);
      fs.writeFileSync(file, '{"selection": {');
      await assert.rejects(
        loadCheckerKnowledge(file, () => {}),
        /is not a library link|cannot read the library link/,
      );
    });
  });

  describe('the Sources and Glossary views’ rows', () => {
    it('show each source with title, authors, date, format and status, and why a file is not indexed', async () => {
      const knowledge = await loadEditorKnowledge(
        resolveKnowledgeSelection(workspace, { sources: ['../library'], bundled: false }),
        realKnowledge,
      );
      const rows = sourceRows(knowledge.kb, knowledge.library);
      const byFile = (name: string) => rows.find((r) => r.file === path.join('..', 'library', name));

      const bib = byFile(lib.bibNote.file)!;
      assert.equal(bib.status, 'indexed');
      assert.equal(bib.label, lib.bibNote.seed.title, 'the title from the .bib entry');
      assert.ok(bib.description.startsWith(authorNames(lib.bibNote.seed.authors)), bib.description);
      assert.ok(bib.description.endsWith('Markdown'), bib.description);
      assert.match(bib.tooltip, /bibliography entry "brink"/);

      const page = byFile(lib.page.file)!;
      assert.equal(page.label, lib.page.seed.title);
      assert.ok(page.description.includes(authorNames(lib.page.seed.authors)));
      assert.ok(page.description.includes('HTML'));
      assert.ok(page.description.includes('n.d.'), 'the page states no date, and none is made up');

      const dated = byFile(lib.frontMatterNote.file)!;
      assert.ok(dated.description.includes(lib.frontMatterNote.seed.date.value!), dated.description);

      const empty = byFile(lib.emptyFile)!;
      assert.equal(empty.status, 'failed');
      assert.equal(empty.description, 'not indexed: empty: no text');

      assert.equal(byFile('library.bib')!.status, 'bibliography');
      assert.match(byFile('library.bib')!.description, /1 of 1 entries matched/);
      assert.ok(!rows.some((r) => r.status === 'bundled'), 'no bundled article when they are left out');
    });

    it('list the bundled articles after the writer’s own when they are kept', async () => {
      const knowledge = await loadEditorKnowledge(resolveKnowledgeSelection(workspace, { sources: ['../library'] }), realKnowledge);
      const statuses = sourceRows(knowledge.kb, knowledge.library).map((r) => r.status);
      assert.equal(statuses.filter((s) => s === 'bundled').length, realKnowledge().sources.length);
      assert.ok(statuses.lastIndexOf('indexed') < statuses.indexOf('bundled'));
      assert.equal(sourceRows(realKnowledge()).length, realKnowledge().sources.length, 'without a library: the bundled ones');
    });

    it('show a defined acronym with its expansion, the source defining it, and the defining quote', async () => {
      const knowledge = await loadEditorKnowledge(
        resolveKnowledgeSelection(workspace, { sources: ['../library'], bundled: false }),
        realKnowledge,
      );
      const row = glossaryRows(knowledge.kb).find((r) => r.label === DEFINED_ACRONYM)!;
      assert.ok(row, 'the acronym is in the glossary');
      const term = knowledge.kb.term(row.termId)!;
      assert.ok(row.description.includes(term.expansion!), row.description);
      assert.ok(row.description.includes(`defined in ${lib.bibNote.seed.title}`), row.description);
      assert.ok(row.tooltip.includes(term.definition));
      assert.ok(row.tooltip.includes(term.citations[0].quote));
      assert.equal(row.citation?.source, lib.bibNote.key);
      const names = glossaryRows(realKnowledge()).map((r) => r.label.toLowerCase());
      assert.deepEqual(
        names,
        [...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })),
        'sorted by name',
      );
    });
  });
});
