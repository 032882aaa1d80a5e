import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cli } from '../helpers/cli';

/** Three lines; the last one holds a claim the sources contradict. */
const LINES = ['# Memo', '', 'Japan and South Korea normalized relations in 1966 under the Treaty on Basic Relations.'];

describe('hostile input: how drafts are read', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcebook-encodings-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** The text report's `line:column` of each warning for a draft written as `bytes`. */
  async function warningsOf(name: string, bytes: Buffer): Promise<string[]> {
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    const { code, out, err } = await cli('check', file);
    assert.equal(err, '', `the draft was refused: ${err}`);
    assert.equal(code, 1);
    // Finding lines only: each is followed by its quotes on indented lines.
    return out
      .trimEnd()
      .split('\n')
      .filter((l) => !l.startsWith('  '))
      .map((l) => /:(\d+:\d+): warning:/.exec(l)![1]);
  }

  it('puts findings of a file with CR-only line ends on their own line, as the editor does', async () => {
    const column = LINES[2].indexOf('1966') + 1;
    assert.deepEqual(await warningsOf('old-mac.md', Buffer.from(LINES.join('\r'), 'utf8')), [`3:${column}`]);
  });

  it('reads UTF-16 drafts with a byte-order mark (little and big endian) instead of refusing them as binary', async () => {
    const column = LINES[2].indexOf('1966') + 1;
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(LINES.join('\r\n'), 'utf16le')]);
    assert.deepEqual(await warningsOf('utf16le.md', le), [`3:${column}`]);
    const be = Buffer.from(le);
    be.swap16();
    assert.deepEqual(await warningsOf('utf16be.md', be), [`3:${column}`]);
  });

  it('still refuses bytes that are neither: a lone NUL in UTF-8 is binary', async () => {
    const file = path.join(dir, 'nul.md');
    fs.writeFileSync(file, Buffer.from('text\u0000more', 'utf8'));
    const { code, err } = await cli('check', file);
    assert.equal(code, 2);
    assert.match(err, /looks binary/);
  });
});
