import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../helpers/knowledge';

/** The parts of package.json these tests read. */
interface Manifest {
  activationEvents: string[];
  capabilities?: { untrustedWorkspaces?: { supported: boolean | 'limited'; restrictedConfigurations?: string[]; description?: string } };
  contributes: {
    keybindings: { command: string; key: string; mac?: string; when?: string }[];
    menus: Record<string, { command: string; when?: string }[]>;
    configuration: { properties: Record<string, { scope?: string; description?: string; markdownDescription?: string }> };
  };
}

const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as Manifest;
const adapterSource = () =>
  fs
    .readdirSync(path.join(REPO_ROOT, 'src', 'vscode'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => fs.readFileSync(path.join(REPO_ROOT, 'src', 'vscode', f), 'utf8'))
    .join('\n');

describe('extension manifest', () => {
  it('activates without a language event for each draft language, and never with "*"', () => {
    // sourcebook.languages may name any language: start-up activation is what reaches languages added to it.
    assert.ok(manifest.activationEvents.includes('onStartupFinished'), JSON.stringify(manifest.activationEvents));
    assert.ok(!manifest.activationEvents.includes('*'));
  });

  it('reads every setting per document, so each may differ per workspace folder', () => {
    const windowScoped = Object.entries(manifest.contributes.configuration.properties)
      .filter(([, p]) => !['resource', 'language-overridable'].includes(p.scope ?? 'window'))
      .map(([key]) => key);
    assert.deepEqual(windowScoped, []);
  });

  it('shows menus and keybindings in drafts of the configured languages, not in a fixed list', () => {
    const whens = [
      ...manifest.contributes.keybindings.map((k) => k.when ?? ''),
      ...Object.values(manifest.contributes.menus)
        .flat()
        .map((m) => m.when ?? ''),
    ];
    for (const when of whens) {
      assert.ok(!/editorLangId\s*(==|=~)/.test(when), `a when clause names languages itself: ${when}`);
    }
    // Every sourcebook.* context key a when clause tests is one the adapter sets.
    const source = adapterSource();
    for (const key of new Set(whens.flatMap((w) => w.match(/\bsourcebook\.\w+/g) ?? []))) {
      assert.ok(source.includes(`'setContext', '${key}'`), `no setContext for ${key} in src/vscode`);
    }
  });

  it('binds keys without Alt, which is AltGr and types letters on many keyboard layouts', () => {
    for (const binding of manifest.contributes.keybindings) {
      for (const key of [binding.key, binding.mac].filter((k): k is string => Boolean(k))) {
        assert.ok(!/\balt\b/.test(key), `${binding.command}: "${key}" uses Alt`);
      }
    }
  });

  it('declares what works in Restricted Mode, keeping the workspace from choosing a file the extension writes', () => {
    const trust = manifest.capabilities?.untrustedWorkspaces;
    assert.ok(trust, 'capabilities.untrustedWorkspaces is missing');
    assert.equal(trust.supported, 'limited');
    assert.ok(trust.description && trust.description.length > 0);
    const settings = manifest.contributes.configuration.properties;
    for (const key of trust.restrictedConfigurations ?? []) assert.ok(settings[key], `restricted setting ${key} does not exist`);
    assert.deepEqual(trust.restrictedConfigurations, ['sourcebook.ignoreFile']);
  });
});
