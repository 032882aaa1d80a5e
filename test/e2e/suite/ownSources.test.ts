import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { authorNames } from '../../../src/core/sources/describe';
import type { SourcebookApi } from '../../../src/extension';
import { foldTypography } from '../../../src/core/text/normalize';
import { DEFINED_ACRONYM, sentenceWithChangedYear, writeOwnLibrary, type OwnLibrary } from '../../shared/ownLibrary';
import {
  builtKnowledge,
  claimDiagnostics,
  commandLinks,
  EXTENSION_ID,
  hoverMarkdownAt,
  positionInside,
  visibleText,
  waitFor,
} from './editorHelpers';

/**
 * A writer's own sources with the bundled articles off: the workspace gets a team file `.sourcebook/config.json` and
 * a `sources/` folder made from the seed texts while this suite runs (the extension notices the new file and reads
 * them), and loses both at the end. Named to run after the suites that use the bundled articles.
 */
const CONFIG = { sources: ['sources/'], bundled: false };

suite('Own sources, bundled articles off', function () {
  this.timeout(60_000);
  let folder: string;
  let lib: OwnLibrary;
  let api: SourcebookApi;
  let draft: vscode.TextEditor;

  suiteSetup(async function () {
    this.timeout(60_000);
    const extension = vscode.extensions.getExtension<SourcebookApi>(EXTENSION_ID)!;
    api = await extension.activate();
    folder = vscode.workspace.workspaceFolders![0].uri.fsPath;
    lib = writeOwnLibrary(path.join(folder, 'sources'), builtKnowledge());
    fs.mkdirSync(path.join(folder, '.sourcebook'), { recursive: true });
    fs.writeFileSync(path.join(folder, '.sourcebook', 'config.json'), JSON.stringify(CONFIG, null, 2));
    const document = await vscode.workspace.openTextDocument({
      language: 'markdown',
      content: `# Memo\n\nThe three governments keep ${DEFINED_ACRONYM} in force.\n`,
    });
    draft = await vscode.window.showTextDocument(document, { preview: false });
    // Earlier suites loaded the bundled knowledge: the new team file is noticed and the sources read without a command.
    await waitForRows((rows) => rows.some((r) => r.label === lib.bibNote.seed.title && r.contextValue === 'source-file'));
  });

  suiteTeardown(async () => {
    await vscode.window.showTextDocument(draft.document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    fs.rmSync(path.join(folder, '.sourcebook'), { recursive: true, force: true });
    fs.rmSync(path.join(folder, 'sources'), { recursive: true, force: true });
    // Back to the bundled articles (noticed, again), so nothing after this suite sees the writer's sources.
    await waitForRows((rows) => rows.length === builtKnowledge().sources.length && rows.every((r) => r.contextValue === 'source'));
  });

  /** Polls the Sources view's rows (the read runs in the background) until `ok` holds. */
  async function waitForRows(ok: (rows: Awaited<ReturnType<SourcebookApi['sourcesViewRows']>>) => boolean) {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const rows = await api.sourcesViewRows();
      if (ok(rows)) return rows;
      if (Date.now() > deadline)
        throw new Error(`the Sources view never showed the expected rows; it shows:\n${JSON.stringify(rows, null, 2)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  test('the Sources view lists the writer’s sources with their metadata and status, and no bundled article', async () => {
    const rows = await api.sourcesViewRows();
    const bib = rows.find((r) => r.label === lib.bibNote.seed.title)!;
    assert.ok(bib, JSON.stringify(rows));
    assert.ok(bib.description.startsWith(authorNames(lib.bibNote.seed.authors)), bib.description);
    assert.ok(bib.description.endsWith('Markdown'), bib.description);
    const page = rows.find((r) => r.label === lib.page.seed.title)!;
    assert.ok(page.description.includes('HTML'), page.description);
    assert.ok(rows.some((r) => r.label === lib.frontMatterNote.seed.title));
    const empty = rows.find((r) => r.label === lib.emptyFile)!;
    assert.equal(empty.description, 'not indexed: empty: no text');
    assert.ok(!rows.some((r) => r.contextValue === 'source'), 'a bundled article is listed though they are off');
  });

  test(`a hover on ${DEFINED_ACRONYM} shows the definition the writer's source gives, and nothing from the bundled glossary`, async () => {
    const position = positionInside(draft.document, DEFINED_ACRONYM);
    const { markdown } = await hoverMarkdownAt(draft.document.uri, position);
    const text = visibleText(markdown);
    const defining = lib.bibNote.seed.text.match(new RegExp(`[^.]*\\(${DEFINED_ACRONYM}\\)`))![0];
    const expansion = defining.match(new RegExp(`((?:[A-Z][\\w-]*\\s+)+)\\(${DEFINED_ACRONYM}\\)`))![1].trim();
    assert.ok(text.includes(expansion), `the hover lacks the expansion "${expansion}":\n${text}`);
    const cited = new Set(
      commandLinks(markdown)
        .filter((l) => l.command === 'sourcebook.openSource')
        .map((l) => (l.args[0] as { source: string }).source),
    );
    assert.deepEqual([...cited], [lib.bibNote.key], `the hover should quote the writer's source alone:\n${markdown}`);
  });

  test('Insert Citation cites a passage of the writer’s source with the .bib metadata', async () => {
    const passage = builtKnowledge()
      .passagesOf(lib.bibNote.seed.key)
      .find((p) => p.text.includes(`(${DEFINED_ACRONYM})`))!;
    const query = passage.text.split(/\s+/).slice(0, 10).join(' ');
    await vscode.window.showTextDocument(draft.document);
    const end = draft.document.positionAt(draft.document.getText().indexOf('in force'));
    draft.selection = new vscode.Selection(end, end);
    const result = await vscode.commands.executeCommand<{ target: { source: string; passage?: string } }>('sourcebook.insertCitation', {
      query,
      style: 'chicago-note',
    });
    assert.equal(result?.target.source, lib.bibNote.key);
    const text = draft.document.getText();
    for (const author of lib.bibNote.seed.authors) assert.ok(text.includes(author.family), `the note lacks ${author.family}:\n${text}`);
    assert.ok(text.includes(lib.bibNote.seed.title!), `the note lacks the title from the .bib:\n${text}`);

    const bibliography = await vscode.commands.executeCommand<string>('sourcebook.exportBibliography', {
      format: 'csl-json',
      scope: 'all',
    });
    const items = JSON.parse(bibliography ?? '[]') as { id: string; title?: string }[];
    assert.deepEqual(items.map((i) => i.id).sort(), [lib.page.key, lib.bibNote.key, lib.frontMatterNote.key].sort());
    assert.equal(items.find((i) => i.id === lib.bibNote.key)?.title, lib.bibNote.seed.title);
  });

  test('[@ completion offers the writer’s keys, and a hover on [@key] shows the source with its .bib metadata', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'As argued [@br' });
    const end = document.lineAt(0).range.end;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      document.uri,
      end,
      '@',
    );
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const key of [lib.bibNote.key, lib.page.key, lib.frontMatterNote.key])
      assert.ok(labels.includes(key), `no ${key} in ${labels.join(', ')}`);
    assert.ok(!labels.some((l) => builtKnowledge().source(l)), 'a bundled key is offered though they are off');

    const cited = await vscode.workspace.openTextDocument({ language: 'markdown', content: `As argued [@${lib.bibNote.key}].` });
    const { markdown } = await hoverMarkdownAt(cited.uri, positionInside(cited, lib.bibNote.key));
    const text = visibleText(markdown);
    assert.ok(text.includes(lib.bibNote.seed.title!), `the hover lacks the title from the .bib:\n${text}`);
    for (const author of lib.bibNote.seed.authors) assert.ok(text.includes(author.family), `the hover lacks ${author.family}:\n${text}`);
    // Closed unsaved, so that no window after this one restores them.
    for (const scratch of [document, cited]) {
      await vscode.window.showTextDocument(scratch);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  test('Open Source shows the writer’s source as a reading copy with its title and authors', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('sourcebook.openSource', { source: lib.page.key });
    assert.equal(editor?.document.uri.scheme, 'sourcebook');
    const text = editor!.document.getText();
    assert.ok(text.startsWith(`# ${lib.page.seed.title!}`), text.slice(0, 200));
    assert.ok(text.includes(authorNames(lib.page.seed.authors)), text.slice(0, 300));
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('the Sources view’s cite action inserts a citation of that source into the active draft', async () => {
    await vscode.window.showTextDocument(draft.document);
    const before = draft.document.getText();
    await vscode.commands.executeCommand('sourcebook.sourcesView.cite', { row: { key: lib.frontMatterNote.key } });
    const after = draft.document.getText();
    assert.notEqual(after, before);
    // Markdown drafts cite in Pandoc's style by default: the key names the source.
    assert.ok(after.includes(`@${lib.frontMatterNote.key}`), `the citation does not name the source:\n${after}`);
  });

  test('setting sourcebook.bundled overrides the team file, and the sources are read again at once', async () => {
    const settings = vscode.workspace.getConfiguration('sourcebook');
    await settings.update('bundled', true, vscode.ConfigurationTarget.Global);
    try {
      const rows = await waitForRows((r) => r.some((row) => row.contextValue === 'source'));
      assert.equal(rows.filter((row) => row.contextValue === 'source').length, builtKnowledge().sources.length);
      assert.ok(
        rows.some((row) => row.label === lib.bibNote.seed.title && row.contextValue === 'source-file'),
        'the own sources stay',
      );
    } finally {
      await settings.update('bundled', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitForRows((r) => !r.some((row) => row.contextValue === 'source'));
  });

  test('the Glossary view lists the acronym with the source that defines it', async () => {
    const rows = await api.glossaryViewRows();
    const row = rows.find((r) => r.label === DEFINED_ACRONYM);
    assert.ok(row, `no ${DEFINED_ACRONYM} in the Glossary view: ${rows.map((r) => r.label).join(', ')}`);
    assert.ok(row.description.includes(`defined in ${lib.bibNote.seed.title}`), row.description);
  });

  test('a sentence of the writer’s source with its year changed gets one warning naming that source, and none once corrected', async () => {
    // The source whose key comes from the .bib entry, not from its file name.
    const year = sentenceWithChangedYear(builtKnowledge(), lib.bibNote.seed);
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: `# Memo\n\n${year.changed}\n` });
    await vscode.window.showTextDocument(document, { preview: false });
    const at = document.getText().indexOf(year.changedYear);
    const changed = new vscode.Range(document.positionAt(at), document.positionAt(at + year.changedYear.length));
    // A check publishes all its findings at once: the first non-empty set is the whole answer.
    const diagnostics = await waitFor(
      'claim warnings on the draft',
      () => claimDiagnostics(document.uri).length > 0 && claimDiagnostics(document.uri),
      20_000,
    );
    assert.equal(diagnostics.length, 1, `one warning: ${diagnostics.map((d) => d.message).join(' | ')}`);
    const [warning] = diagnostics;
    assert.ok(warning.range.isEqual(changed), `the warning is not on "${year.changedYear}" but on "${document.getText(warning.range)}"`);
    assert.equal(warning.code, 'claim-conflict');
    assert.equal(warning.severity, vscode.DiagnosticSeverity.Warning);
    assert.ok(warning.message.includes(year.changedYear) && warning.message.includes(year.year), warning.message);
    assert.match(warning.message, new RegExp(`\\b${lib.bibNote.key}\\b`), 'the warning does not name the writer’s source');
    assert.ok(warning.relatedInformation && warning.relatedInformation.length > 0, 'no related information points at the source');
    const sentence = foldTypography(year.stated).replace(/\s+/g, ' ');
    for (const related of warning.relatedInformation) {
      // A source's document is sourcebook:/<key>/<title>.
      assert.equal(related.location.uri.scheme, 'sourcebook');
      assert.equal(/^\/([\w-]+)\//.exec(related.location.uri.path)?.[1], lib.bibNote.key, related.location.uri.toString());
      const source = await vscode.workspace.openTextDocument(related.location.uri);
      const quoted = foldTypography(source.getText(related.location.range)).replace(/\s+/g, ' ');
      assert.ok(quoted.includes(year.year) && sentence.includes(quoted), `the related location is not the source's sentence: "${quoted}"`);
    }
    for (const source of builtKnowledge().sources) {
      const named = new RegExp(`\\b${source.key}\\b`);
      assert.doesNotMatch(warning.message, named, 'a bundled source is named though they are off');
      for (const related of warning.relatedInformation) assert.doesNotMatch(related.location.uri.path, named);
    }

    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, changed, year.year);
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.equal(document.getText(), `# Memo\n\n${year.stated}\n`);
    await waitFor('the warning to go away once the year is the source’s', () => claimDiagnostics(document.uri).length === 0, 20_000);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
