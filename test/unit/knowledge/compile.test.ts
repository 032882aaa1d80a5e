import * as assert from 'node:assert/strict';
import { compileKnowledge, type KnowledgeFile } from '../../../src/core/knowledge/compile';
import { problemsOf, realKnowledgeFiles } from '../helpers/knowledge';

function withFile(files: KnowledgeFile[], path: string, edit: (text: string) => string): KnowledgeFile[] {
  const found = files.find((f) => f.path === path);
  assert.ok(found, `fixture needs ${path}`);
  return files.map((f) => (f.path === path ? { path, text: edit(f.text) } : f));
}

function firstGlossaryFile(files: KnowledgeFile[]): KnowledgeFile {
  const file = files.find((f) => f.path.startsWith('glossary/') && f.path.endsWith('.json'));
  assert.ok(file, 'the knowledge folder has glossary files');
  return file;
}

describe('knowledge build', () => {
  const files = realKnowledgeFiles();

  it('compiles the bundled knowledge without problems', () => {
    assert.deepEqual(problemsOf(files), []);
    const compiled = compileKnowledge(files);
    assert.equal(compiled.sources.length, 5);
    assert.ok(compiled.terms.length >= 35, `only ${compiled.terms.length} terms`);
  });

  it('fails naming file and line when a quote is not in its source word for word', () => {
    const glossary = firstGlossaryFile(files);
    const parsed = JSON.parse(glossary.text) as { terms: { citations: { quote: string }[] }[] };
    const quote = parsed.terms[0].citations[0].quote;
    const broken = withFile(files, glossary.path, (t) => t.replace(JSON.stringify(quote), JSON.stringify(quote.replace(/\w+$/, 'invented'))));
    const problems = problemsOf(broken);
    assert.equal(problems.length, 1, problems.join('\n'));
    const expectedLine = glossary.text.slice(0, glossary.text.indexOf(JSON.stringify(quote))).split('\n').length;
    assert.match(problems[0], new RegExp(`^${glossary.path}:${expectedLine}: quote not found word for word`));
  });

  it('accepts a quote typed with straight quotes and different white space', () => {
    const source = files.find((f) => f.path.endsWith('.txt') && /[“”’]/.test(f.text))!;
    const key = source.path.replace(/^sources\//, '').replace(/\.txt$/, '');
    const curly = source.text.match(/[^.\n]{10,60}[“”’][^.\n]{5,40}/)![0];
    const typed = curly.replace(/[“”]/g, '"').replace(/’/g, "'").replace(/ /, '\n  ');
    const glossary = firstGlossaryFile(files);
    const extra = { id: 'typed-quote-probe', name: 'Typed quote probe', expansion: null, category: 'concept', aliases: [], definition: 'probe', citations: [{ source: key, quote: typed }] };
    const edited = withFile(files, glossary.path, (t) => {
      const json = JSON.parse(t);
      json.terms.push(extra);
      return JSON.stringify(json, null, 2);
    });
    const compiled = compileKnowledge(edited);
    const probe = compiled.terms.find((t) => t.id === 'typed-quote-probe')!;
    assert.equal(probe.citations[0].quote, curly.trim(), 'the index keeps the source’s own typography');
  });

  it('fails when two terms claim one alias without marking it shared', () => {
    const glossary = firstGlossaryFile(files);
    const json = JSON.parse(glossary.text);
    const [a, b] = json.terms;
    b.aliases.push(a.name);
    const problems = problemsOf(withFile(files, glossary.path, () => JSON.stringify(json, null, 2)));
    assert.ok(problems.some((p) => p.startsWith(glossary.path) && p.includes(`alias claimed by term "${b.id}"`)), problems.join('\n'));
  });

  it('fails on a missing field, an unknown source and broken JSON, reporting all of them', () => {
    const glossary = firstGlossaryFile(files);
    const json = JSON.parse(glossary.text);
    delete json.terms[0].definition;
    json.terms[1].citations[0].source = 'no-such-source';
    const edited = withFile(files, glossary.path, () => JSON.stringify(json, null, 2));
    const problems = problemsOf([...edited, { path: 'glossary/zz-broken.json', text: '{ "terms": [ { "id": "x", ' }]);
    assert.ok(problems.some((p) => p.includes('missing field "definition"')), problems.join('\n'));
    assert.ok(problems.some((p) => p.includes('unknown source "no-such-source"')), problems.join('\n'));
    assert.ok(problems.some((p) => p.startsWith('glossary/zz-broken.json:1: invalid JSON')), problems.join('\n'));
  });

  it('refuses a source date the text does not print', () => {
    const meta = files.find((f) => f.path.startsWith('sources/') && f.path.endsWith('.json'))!;
    const json = JSON.parse(meta.text);
    json.date = { value: '2020-01-01', stated: false, evidence: [] };
    const problems = problemsOf(withFile(files, meta.path, () => JSON.stringify(json, null, 2)));
    assert.ok(problems.some((p) => p.startsWith(meta.path) && p.includes('a date the text does not print')), problems.join('\n'));
  });

  it('fails when a source description has no text file', () => {
    const meta = files.find((f) => f.path.startsWith('sources/') && f.path.endsWith('.json'))!;
    const problems = problemsOf(files.filter((f) => f.path !== meta.path.replace(/\.json$/, '.txt')));
    assert.ok(problems.some((p) => p.startsWith(meta.path) && p.includes('missing text file')), problems.join('\n'));
  });
});
