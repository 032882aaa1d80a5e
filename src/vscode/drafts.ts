import * as vscode from 'vscode';

/**
 * Which documents are drafts Sourcebook works in: documents the writer edits (not a `git:` copy beside a diff, an
 * output channel or a settings file) in a language of `sourcebook.languages` as set for that document's folder.
 * One definition serves the diagnostics, every provider's selector and the editor menus.
 */

/** URI schemes of documents the writer types into; any other scheme shows a copy or something that is not prose. */
export const DRAFT_SCHEMES: readonly string[] = [
  'file', // saved drafts
  'untitled', // new drafts, before their first save
  'vscode-notebook-cell', // Markdown cells of a notebook: the only copy of that prose, so its claims need checking too
];

/** The default of `sourcebook.languages` (package.json). */
const DEFAULT_LANGUAGES: readonly string[] = ['markdown', 'plaintext'];

/** `sourcebook.languages` as it applies at `scope` (a document or workspace folder: folder settings count). */
export function draftLanguages(scope?: vscode.ConfigurationScope): string[] {
  const value = vscode.workspace.getConfiguration('sourcebook', scope).get<unknown>('languages', DEFAULT_LANGUAGES);
  return Array.isArray(value) ? value.filter((language): language is string => typeof language === 'string') : [...DEFAULT_LANGUAGES];
}

/** Whether Sourcebook works in `document`. */
export function isDraft(document: vscode.TextDocument): boolean {
  return DRAFT_SCHEMES.includes(document.uri.scheme) && draftLanguages(document).includes(document.languageId);
}

/** Every language that some scope (the window or any workspace folder) lists: the selectors must reach them all. */
function languagesOfAnyScope(): string[] {
  const languages = new Set(draftLanguages());
  for (const folder of vscode.workspace.workspaceFolders ?? []) for (const language of draftLanguages(folder)) languages.add(language);
  return [...languages].sort();
}

/** The selector providers are registered with; they still ask `isDraft`, since a folder may list fewer languages. */
function draftSelector(languages: readonly string[]): vscode.DocumentFilter[] {
  return languages.flatMap((language) => DRAFT_SCHEMES.map((scheme) => ({ language, scheme })));
}

/** Registers a feature's providers for a selector; returns what undoes the registration. */
export type DraftProviderRegistration = (selector: vscode.DocumentSelector) => vscode.Disposable[];

/**
 * Keeps providers registered for the drafts' selector: registers them again whenever `sourcebook.languages` or the
 * workspace folders change, so a language added to the setting gets hovers and completion without a reload. Also
 * keeps the context keys `sourcebook.draftLanguages` and `sourcebook.draftSchemes` that the menus and keybindings in
 * package.json test.
 */
export class DraftProviders implements vscode.Disposable {
  private readonly registrations: { register: DraftProviderRegistration; disposables: vscode.Disposable[] }[] = [];
  private readonly listeners: vscode.Disposable[];
  private languages = languagesOfAnyScope();

  constructor() {
    void vscode.commands.executeCommand('setContext', 'sourcebook.draftSchemes', DRAFT_SCHEMES);
    void vscode.commands.executeCommand('setContext', 'sourcebook.draftLanguages', this.languages);
    this.listeners = [
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('sourcebook.languages')) this.update();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.update()),
    ];
  }

  /** Registers now for the current selector, and again after every change of it. */
  register(register: DraftProviderRegistration): void {
    this.registrations.push({ register, disposables: register(draftSelector(this.languages)) });
  }

  private update(): void {
    const languages = languagesOfAnyScope();
    if (languages.join('\n') === this.languages.join('\n')) return;
    this.languages = languages;
    void vscode.commands.executeCommand('setContext', 'sourcebook.draftLanguages', languages);
    const selector = draftSelector(languages);
    for (const registration of this.registrations) {
      for (const disposable of registration.disposables.splice(0)) disposable.dispose();
      registration.disposables = registration.register(selector);
    }
  }

  dispose(): void {
    for (const registration of this.registrations) for (const disposable of registration.disposables.splice(0)) disposable.dispose();
    for (const listener of this.listeners) listener.dispose();
  }
}
