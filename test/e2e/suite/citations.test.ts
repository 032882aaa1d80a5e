import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CITATION_STYLES, paragraphNumber, type CitationStyle } from '../../../src/core/citations';
import { authorNames } from '../../../src/core/sources/describe';
import { builtKnowledge, commandLinks, hoverMarkdownAt, openDraft, positionInside, visibleText, waitFor } from './editorHelpers';

/** The claim in the fixture draft a writer wants a source for, and the words Insert Citation searches with. */
const CLAIM = 'Termination of GSOMIA could have triggered the unraveling of trilateral cooperation.';
const DRAFT = 'citations-draft.md';

/** What "Insert Citation" returns to automation callers (see src/vscode/citations/insertCitation.ts). */
interface InsertResult {
  target: { source: string; passage?: string };
  style: CitationStyle;
}

suite('Citations in a draft', () => {
  let editor: vscode.TextEditor;
  let original: string;

  suiteSetup(async () => {
    editor = await openDraft(DRAFT);
    original = editor.document.getText();
  });

  /** Every test starts from the fixture as written, with the draft focused and the cursor inside the claim. */
  setup(async () => {
    editor = await openDraft(DRAFT);
    await restoreDraft();
    const inside = positionInside(editor.document, 'could have triggered');
    editor.selection = new vscode.Selection(inside, inside);
  });

  /**
   * Puts the fixture back as written, saved: the editor may auto-save an insertion before a test undoes it, and a
   * revert would then bring back the saved insertion (and leave it in the committed fixture).
   */
  async function restoreDraft(): Promise<void> {
    if (editor.document.getText() !== original || editor.document.isDirty) {
      const whole = new vscode.Range(editor.document.positionAt(0), editor.document.positionAt(editor.document.getText().length));
      await editor.edit((b) => b.replace(whole, original));
      await editor.document.save();
      await waitFor('the draft to be restored', () => editor.document.getText() === original && !editor.document.isDirty);
    }
  }

  suiteTeardown(async () => {
    editor = await openDraft(DRAFT);
    await restoreDraft();
  });

  /** Runs the automation form, checks one undo step restores the draft, and returns the inserted text and result. */
  async function insertAndUndo(args: object): Promise<{ result: InsertResult | undefined; text: string }> {
    const result = await vscode.commands.executeCommand<InsertResult | undefined>('sourcebook.insertCitation', args);
    const text = editor.document.getText();
    if (text !== original) {
      await vscode.commands.executeCommand('undo');
      await waitFor('one undo to remove the whole citation', () => editor.document.getText() === original, 5_000);
    }
    return { result, text };
  }

  test('pandoc: the top hit for the claim is cited before its full stop, with the paragraph, in one undo step', async () => {
    const { result, text } = await insertAndUndo({ query: CLAIM, style: 'pandoc', pick: 0, blockQuote: false });
    assert.ok(result?.target.passage, 'Insert Citation returned no passage for the claim');
    const kb = builtKnowledge();
    const passage = kb.passage(result.target.passage)!;
    assert.match(passage.text, /GSOMIA/, `the top hit for the claim does not mention GSOMIA: ${passage.text}`);
    const paragraph = paragraphNumber(kb, passage);
    const mark = paragraph === undefined ? `[@${passage.source}]` : `[@${passage.source}, para. ${paragraph}]`;
    assert.ok(text.includes(`trilateral cooperation ${mark}.`), `expected "trilateral cooperation ${mark}." in:\n${text}`);
  });

  test("footnote: numbered after the draft's existing [^1], defined at the end with the source and the quote", async () => {
    const { result, text } = await insertAndUndo({ query: 'GSOMIA', style: 'footnote', pick: 0, blockQuote: false });
    assert.ok(result?.target.passage);
    const kb = builtKnowledge();
    const passage = kb.passage(result.target.passage)!;
    const source = kb.source(passage.source)!;
    assert.ok(text.includes('trilateral cooperation.[^2]'), `no [^2] mark after the claim:\n${text}`);
    const definition = text.slice(text.indexOf('[^2]:'));
    assert.ok(text.indexOf('[^1]:') < text.indexOf('[^2]:'), 'the new footnote is not defined after the existing one');
    assert.ok(
      definition.includes(authorNames(source.authors)),
      `the footnote does not name ${authorNames(source.authors)}:\n${definition}`,
    );
    assert.ok(definition.includes(source.title!), `the footnote lacks the title:\n${definition}`);
    assert.ok(definition.includes(passage.text.replace(/\s+/g, ' ')), `the footnote lacks the quoted passage:\n${definition}`);
  });

  for (const style of ['chicago-note', 'chicago-author-date', 'apa'] as const) {
    test(`${style}: a citation of the chosen source naming its author`, async () => {
      const { result, text } = await insertAndUndo({ source: 'sakata2020', style });
      assert.equal(result?.style, style);
      if (style === 'chicago-note') {
        assert.ok(text.includes('trilateral cooperation.[^2]'), `no [^2] mark after the claim:\n${text}`);
        assert.match(text, /\n\[\^2\]: Yasuyo Sakata, “Japan-South Korea Relations and the Biden Factor,”/);
      } else {
        assert.match(text, /trilateral cooperation \(Sakata[^)]*\)\./, `no parenthetical before the full stop:\n${text}`);
      }
    });
  }

  test('every style the setting offers inserts something, and the setting decides when no style is passed', async () => {
    const contributed = vscode.extensions.all
      .map((e) => e.packageJSON?.contributes?.configuration?.properties?.['sourcebook.citation.style']?.enum as string[] | undefined)
      .find(Boolean);
    assert.deepEqual(contributed, [...CITATION_STYLES]);
    const config = vscode.workspace.getConfiguration('sourcebook.citation', { languageId: 'markdown' });
    await config.update('style', 'apa', vscode.ConfigurationTarget.Global, true);
    try {
      const { result } = await insertAndUndo({ source: 'buchan2019' });
      assert.equal(result?.style, 'apa');
    } finally {
      await config.update('style', undefined, vscode.ConfigurationTarget.Global, true);
    }
  });

  test('a block quote puts the passage after the paragraph, followed by its citation', async () => {
    const { result, text } = await insertAndUndo({ query: CLAIM, style: 'pandoc', blockQuote: true });
    const passage = builtKnowledge().passage(result!.target.passage!)!;
    assert.ok(
      text.includes(`cooperation.\n\n> “${passage.text.replace(/\s+/g, ' ')}” [@${passage.source}`),
      `no block quote after the paragraph:\n${text}`,
    );
  });

  test('interactively, the Quick Pick starts from the selected claim and accepting its top row cites it', async () => {
    const start = original.indexOf('Termination of GSOMIA');
    const end = original.indexOf(' could have');
    editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(end));
    let settled = false;
    const running = vscode.commands.executeCommand<InsertResult | undefined>('sourcebook.insertCitation').then((r) => {
      settled = true;
      return r;
    });
    const deadline = Date.now() + 10_000;
    while (!settled && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    }
    const result = await running;
    assert.equal(result?.target.source, 'sakata2020', 'the top row for the selected claim is not the Sakata passage on GSOMIA');
    const text = editor.document.getText();
    assert.ok(text.includes(`Termination of GSOMIA [@sakata2020`), `the citation does not follow the selection:\n${text}`);
    await vscode.commands.executeCommand('undo');
    await waitFor('one undo to remove the citation', () => editor.document.getText() === original, 5_000);
  });

  test('bad arguments and read-only documents change nothing', async () => {
    for (const args of [{ source: 'sakata2020', style: 'mla' }, { source: 'no-such-source' }, { query: 'GSOMIA', pick: 999 }, 'GSOMIA']) {
      const { result, text } = await insertAndUndo(args as object);
      assert.equal(result, undefined, `Insert Citation accepted ${JSON.stringify(args)}`);
      assert.equal(text, original, `Insert Citation changed the draft for ${JSON.stringify(args)}`);
    }
    const sourceEditor = await vscode.commands.executeCommand<vscode.TextEditor>('sourcebook.openSource', { source: 'sakata2020' });
    assert.equal(vscode.window.activeTextEditor?.document.uri.scheme, 'sourcebook');
    const before = sourceEditor.document.getText();
    const result = await vscode.commands.executeCommand('sourcebook.insertCitation', { source: 'sakata2020' });
    assert.equal(result, undefined);
    assert.equal(sourceEditor.document.getText(), before);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('typing "[@" offers every source key with its description; "[@sak" narrows to Sakata; an e-mail address gets none', async () => {
    const kb = builtKnowledge();
    const line = positionInside(editor.document, 'Washington should').line;
    const end = editor.document.lineAt(line).range.end;
    await editor.edit((b) => b.insert(end, ' See also [@'));
    try {
      const at = editor.document.lineAt(line).range.end;
      const list = await completionsAt(editor.document.uri, at);
      const ours = list.items.filter((i) => kb.source(labelOf(i)));
      assert.deepEqual(ours.map(labelOf).sort(), kb.sources.map((s) => s.key).sort());
      const sakata = ours.find((i) => labelOf(i) === 'sakata2020')!;
      assert.match(sakata.detail ?? '', /Yasuyo Sakata/);

      await editor.edit((b) => b.insert(at, 'sak'));
      const narrowed = await completionsAt(editor.document.uri, editor.document.lineAt(line).range.end);
      const item = narrowed.items.find((i) => labelOf(i) === 'sakata2020');
      assert.ok(item, 'sakata2020 is not offered after "[@sak"');
      const range = item.range instanceof vscode.Range ? item.range : item.range!.replacing;
      assert.equal(editor.document.getText(range), 'sak', 'the completion does not replace the typed key prefix');
    } finally {
      await restoreDraft();
    }
    const afterAt = editor.document.positionAt(original.indexOf('policy-desk@') + 'policy-desk@'.length);
    const mail = await completionsAt(editor.document.uri, afterAt);
    const sourceItems = mail.items.filter((i) => kb.source(labelOf(i)) && i.detail?.includes(kb.source(labelOf(i))!.title ?? '\0'));
    assert.deepEqual(sourceItems.map(labelOf), [], 'source keys were offered inside an e-mail address');
  });

  test('hovering [@sakata2020] shows the source and a link that opens it', async () => {
    const { markdown } = await hoverMarkdownAt(editor.document.uri, positionInside(editor.document, '@sakata2020'));
    const text = visibleText(markdown);
    const source = builtKnowledge().source('sakata2020')!;
    for (const expected of [source.title!, 'Yasuyo Sakata', source.licence!.value, 'Asia Unbound']) {
      assert.ok(text.includes(expected), `the hover lacks "${expected}":\n${text}`);
    }
    const open = commandLinks(markdown).find((l) => l.label === 'Open source');
    assert.ok(open, `no "Open source" link in:\n${markdown}`);
    await vscode.commands.executeCommand(open.command, ...open.args);
    await waitFor('the source to open', () => vscode.window.activeTextEditor?.document.uri.scheme === 'sourcebook');
    assert.equal(vscode.window.activeTextEditor!.document.lineAt(0).text, `# ${source.title}`, "the source opened is not Sakata's");
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');

    const mail = await hoverMarkdownAt(editor.document.uri, editor.document.positionAt(original.indexOf('@example') + 2));
    assert.doesNotMatch(visibleText(mail.markdown), /Sakata|Buchan/, 'an e-mail address got a source hover');
  });

  test('Export Bibliography returns the cited sources as deterministic BibTeX and CSL-JSON', async () => {
    await vscode.commands.executeCommand('sourcebook.insertCitation', { source: 'buchan2019', style: 'pandoc' });
    try {
      const bibtex = await vscode.commands.executeCommand<string>('sourcebook.exportBibliography', { format: 'bibtex', scope: 'document' });
      const keys = [...bibtex.matchAll(/^@\w+\{([^,]+),/gm)].map((m) => m[1]);
      assert.deepEqual(keys, ['buchan2019', 'sakata2020'], `BibTeX entries:\n${bibtex}`);
      assert.match(bibtex, /title = \{\{Japan-South Korea Relations and the Biden Factor\}\}/);
      const again = await vscode.commands.executeCommand<string>('sourcebook.exportBibliography', { format: 'bibtex', scope: 'document' });
      assert.equal(again, bibtex, 'two exports of the same draft differ');

      const json = await vscode.commands.executeCommand<string>('sourcebook.exportBibliography', { format: 'csl-json', scope: 'document' });
      const items = JSON.parse(json) as { id: string; title?: string }[];
      assert.deepEqual(
        items.map((i) => i.id),
        ['buchan2019', 'sakata2020'],
      );
      const all = await vscode.commands.executeCommand<string>('sourcebook.exportBibliography', { format: 'csl-json', scope: 'all' });
      assert.equal((JSON.parse(all) as unknown[]).length, builtKnowledge().sources.length);
    } finally {
      await restoreDraft();
    }
  });
});

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

async function completionsAt(uri: vscode.Uri, position: vscode.Position): Promise<vscode.CompletionList> {
  return (
    (await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position, '@')) ??
    new vscode.CompletionList([])
  );
}
