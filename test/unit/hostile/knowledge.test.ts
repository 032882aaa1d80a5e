import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { KnowledgeFile } from '../../../src/core/knowledge/compile';
import { MAX_PHRASE_CHARS, MAX_SOURCE_CHARS } from '../../../src/core/knowledge/compile/limits';
import { writeFileAtomic } from '../../../src/node/files';
import { readKnowledgeFolder } from '../../../src/node/knowledgeFolder';
import { problemsOf, realKnowledgeFiles, REPO_ROOT } from '../helpers/knowledge';

/** `files` with the JSON of `filePath` changed by `edit` (parsed, edited, written back with two-space indents). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the edits reach anywhere into the parsed JSON
function editJson(files: KnowledgeFile[], filePath: string, edit: (json: any) => void): KnowledgeFile[] {
  return files.map((f) => {
    if (f.path !== filePath) return f;
    const json = JSON.parse(f.text);
    edit(json);
    return { path: f.path, text: JSON.stringify(json, null, 2) };
  });
}

/** 1-based line of the first occurrence of `needle` in `text`. */
function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `${needle} not found`);
  return text.slice(0, at).split('\n').length;
}

describe('hostile input: the knowledge compiler', function () {
  this.timeout(60000);
  const files = realKnowledgeFiles();
  const glossary = files.find((f) => f.path.startsWith('glossary/') && f.path.endsWith('.json'))!;
  const factsFile = files.find((f) => f.path.startsWith('facts/') && f.path.endsWith('.json'))!;
  const sourceText = files.find((f) => f.path.startsWith('sources/') && f.path.endsWith('.txt'))!;
  const sourceMeta = files.find((f) => f.path === sourceText.path.replace(/\.txt$/, '.json'))!;

  it('refuses an oversized source text, naming the file, before splitting it', () => {
    const big = files.map((f) =>
      f === sourceText ? { path: f.path, text: f.text + ' The alliance held.'.repeat(MAX_SOURCE_CHARS / 19 + 1) } : f,
    );
    const problems = problemsOf(big);
    assert.ok(
      problems.some((p) => p.startsWith(`${sourceText.path}:1: is `) && p.includes(`at most ${MAX_SOURCE_CHARS}`)),
      problems.join('\n'),
    );
  });

  it(`refuses an alias longer than ${MAX_PHRASE_CHARS} characters (a pasted pattern would slow or crash every check)`, () => {
    const alias = `(a|${'b|'.repeat(60000)}c)`;
    const edited = editJson(files, glossary.path, (json) => json.terms[0].aliases.push(alias));
    const problems = problemsOf(edited);
    assert.ok(
      problems.some((p) => p.startsWith(glossary.path) && p.includes(`an alias has at most ${MAX_PHRASE_CHARS}`)),
      problems.join('\n'),
    );
  });

  it('refuses a misspelt optional field with a "did you mean", at its line', () => {
    const edited = editJson(files, factsFile.path, (json) => {
      json.facts[0].acepted = ['a wording'];
    });
    const text = edited.find((f) => f.path === factsFile.path)!.text;
    const problems = problemsOf(edited);
    assert.ok(
      problems.includes(
        `${factsFile.path}:${lineOf(text, '"acepted"')}: unknown field "acepted" in a fact (did you mean "accepted"?); allowed: ${problems.find((p) => p.includes('"acepted"'))?.split('allowed: ')[1]}`,
      ),
      problems.join('\n'),
    );
    const term = editJson(files, glossary.path, (json) => {
      json.terms[0].defintion = json.terms[0].definition;
    });
    assert.ok(
      problemsOf(term).some((p) => p.includes('unknown field "defintion" in a term (did you mean "definition"?)')),
      problemsOf(term).join('\n'),
    );
  });

  it('refuses a key given twice in one object, at the second one', () => {
    const text = glossary.text.replace(/"definition":/, '"definition": "first", "definition":');
    const problems = problemsOf(files.map((f) => (f === glossary ? { path: f.path, text } : f)));
    assert.ok(
      problems.some((p) => p.startsWith(`${glossary.path}:${lineOf(text, '"definition": "first"')}: duplicate key "definition"`)),
      problems.join('\n'),
    );
  });

  it('refuses a source url that is not http(s)', () => {
    const edited = editJson(files, sourceMeta.path, (json) => (json.url = 'javascript:alert(1)'));
    const problems = problemsOf(edited);
    assert.ok(
      problems.some((p) => p.startsWith(sourceMeta.path) && p.includes('"url" must be an http:// or https:// address')),
      problems.join('\n'),
    );
  });

  describe('on disk', () => {
    let dir: string;
    beforeEach(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcebook-knowledge-'));
      fs.cpSync(path.join(REPO_ROOT, 'knowledge'), path.join(dir, 'knowledge'), { recursive: true });
    });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('fails on invalid UTF-8 in a source with its file and line, instead of reading U+FFFD', () => {
      const file = path.join(dir, 'knowledge', sourceText.path);
      const lines = fs.readFileSync(file, 'utf8').split('\n');
      lines[2] = `${lines[2]} caf\u00e9`;
      fs.writeFileSync(
        file,
        Buffer.concat([
          Buffer.from(lines.slice(0, 2).join('\n') + '\n'),
          Buffer.from(lines[2], 'latin1'),
          Buffer.from('\n' + lines.slice(3).join('\n')),
        ]),
      );
      assert.throws(
        () => readKnowledgeFolder(path.join(dir, 'knowledge')),
        (e: Error) => e.message.includes(`${sourceText.path}:3:${lines[2].length}: is not valid UTF-8 here`),
      );
    });

    it('a failed build prints file:line and leaves the previous index exactly as it was', () => {
      const out = path.join(dir, 'knowledge.json');
      fs.writeFileSync(out, '{"previous":true}');
      fs.appendFileSync(path.join(dir, 'knowledge', glossary.path), '\n{');
      const run = spawnSync(
        process.execPath,
        [path.join(REPO_ROOT, 'out', 'scripts', 'build-knowledge.js'), path.join(dir, 'knowledge'), out],
        { cwd: dir, encoding: 'utf8', timeout: 60000 },
      );
      assert.equal(run.status, 1, run.stderr);
      assert.match(run.stderr, new RegExp(`knowledge/${glossary.path.replace(/[.]/g, '\\.')}:\\d+:\\d+: invalid JSON`));
      assert.equal(fs.readFileSync(out, 'utf8'), '{"previous":true}');
    });

    it('an index being rewritten is never seen half written by a reader', async function () {
      // Two different complete contents, each a few megabytes, written in turn while another process reads.
      const file = path.join(dir, 'index.json');
      const versions = ['a', 'b'].map((v) => JSON.stringify({ v, pad: v.repeat(4 * 1024 * 1024) }));
      writeFileAtomic(file, versions[0]);
      const reader = spawn(process.execPath, [
        '-e',
        `
        const fs = require('fs'); const end = Date.now() + 3000; let torn = 0, reads = 0;
        while (Date.now() < end) { let t; try { t = fs.readFileSync(${JSON.stringify(file)}, 'utf8'); } catch { continue; } reads++;
          try { JSON.parse(t); } catch { torn++; } }
        process.stdout.write(JSON.stringify({ torn, reads }));`,
      ]);
      let report = '';
      reader.stdout.on('data', (d) => (report += d));
      const done = new Promise<void>((resolve) => reader.on('close', () => resolve()));
      for (let i = 0, stop = Date.now() + 2500; Date.now() < stop; i++) {
        writeFileAtomic(file, versions[i % 2]);
        await new Promise((r) => setImmediate(r));
      }
      await done;
      const { torn, reads } = JSON.parse(report) as { torn: number; reads: number };
      assert.ok(reads > 0, 'the reader read');
      assert.equal(torn, 0, `${torn} of ${reads} reads saw a half-written file`);
    });
  });
});
