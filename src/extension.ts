import * as vscode from 'vscode';
import { createServices } from './vscode/createServices';
import { registerCitationFeatures } from './vscode/citations/registerCitations';
import { registerClaimChecking } from './vscode/claims/registerClaimChecking';
import { registerGlossary } from './vscode/registerGlossary';

/**
 * Wires the features. Nothing heavy happens here: the knowledge index is read the first time a feature needs it.
 */
export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Policy Sourcebook', { log: true });
  context.subscriptions.push(log);
  const services = createServices(context, log);
  registerGlossary(context, services);
  registerCitationFeatures(context, services);
  registerClaimChecking(context, services);
}

export function deactivate(): void {}
