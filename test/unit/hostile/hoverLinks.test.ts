import * as assert from 'node:assert/strict';
import { sourceMarkdown } from '../../../src/vscode/citations/sourceMarkdown';
import { realKnowledge } from '../helpers/knowledge';

describe('hostile input: a source url in a trusted hover', () => {
  const source = realKnowledge().source('sakata2020')!;
  const withUrl = (url: string) => sourceMarkdown({ ...source, url });

  it('shows no link at all for anything but http(s): command:, javascript:, file:', () => {
    for (const url of ['command:workbench.action.terminal.new', 'javascript:alert(1)', 'file:///etc/passwd', 'not a url']) {
      const md = withUrl(url);
      assert.doesNotMatch(md, /URL:/, md);
      assert.ok(!md.includes(url), `"${url}" reached the hover`);
    }
  });

  it('cannot close the link and add Markdown or a command of its own', () => {
    const md = withUrl('https://example.org/a> [run](command:workbench.action.terminal.new) <b');
    const line = md.split('\n').find((l) => l.startsWith('URL:'))!;
    assert.match(line, /^URL: <https:\/\/example\.org\/[^<>\s()[\]]*>(?: {2})?$/, line);
    assert.ok(!/\]\(command:workbench/.test(md), md);
  });

  it('keeps an ordinary https address as it is', () => {
    assert.match(withUrl('https://example.org/blog/a-post'), /URL: <https:\/\/example\.org\/blog\/a-post>/);
  });
});
