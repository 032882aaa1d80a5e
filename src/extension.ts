import * as vscode from 'vscode';
import { createServices } from './vscode/createServices';
import { registerCitationFeatures } from './vscode/citations/registerCitations';
import { registerClaimChecking } from './vscode/claims/registerClaimChecking';
import { registerGlossary } from './vscode/registerGlossary';
import { registerSourcesViews, shownRows, type ShownRow } from './vscode/sources/sourcesView';

/** What the extension hands to other extensions and the e2e tests: the Sources and Glossary views' rows as shown. */
export interface SourcebookApi {
  sourcesViewRows(): Promise<ShownRow[]>;
  glossaryViewRows(): Promise<ShownRow[]>;
}

/**
 * Wires the features: registers commands and providers, nothing more. The extension activates at start-up
 * (`onStartupFinished`, so a language added to `sourcebook.languages` works without opening a Markdown file first),
 * so this must stay cheap: the knowledge index is read the first time a feature needs it — a hover, a completion, a
 * command, or the first check of a draft that is open — never here. The same first use starts reading the writer's own
 * sources (`.sourcebook/config.json`, settings `sourcebook.sources` and `sourcebook.bundled`) in the background.
 */
export function activate(context: vscode.ExtensionContext): SourcebookApi {
  const log = vscode.window.createOutputChannel('Policy Sourcebook', { log: true });
  context.subscriptions.push(log);
  const services = createServices(context, log);
  registerGlossary(context, services);
  registerCitationFeatures(context, services);
  registerClaimChecking(context, services);
  const views = registerSourcesViews(context, services);
  return { sourcesViewRows: () => shownRows(views.sources), glossaryViewRows: () => shownRows(views.glossary) };
}

export function deactivate(): void {}
