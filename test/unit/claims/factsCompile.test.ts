import * as assert from 'node:assert/strict';
import { compileKnowledge, type KnowledgeFile } from '../../../src/core/knowledge/compile';
import { problemsOf, realKnowledgeFiles } from '../helpers/knowledge';

const FACTS_FILE = 'facts/trade-and-security.json';

/** The real files with one facts file edited as text, so line numbers in problems are the real ones. */
function withFacts(edit: (text: string) => string): { files: KnowledgeFile[]; text: string } {
  const files = realKnowledgeFiles();
  const original = files.find((f) => f.path === FACTS_FILE);
  assert.ok(original, `fixture needs ${FACTS_FILE}`);
  const text = edit(original.text);
  assert.notEqual(text, original.text, 'the edit changed nothing');
  return { files: files.map((f) => (f.path === FACTS_FILE ? { path: f.path, text } : f)), text };
}

const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

describe('knowledge build: facts', () => {
  it('compiles every fact with located citations', () => {
    const compiled = compileKnowledge(realKnowledgeFiles());
    assert.ok(compiled.facts.length >= 60, `only ${compiled.facts.length} facts`);
  });

  it('names file and line when a fact quote is not in its source word for word', () => {
    const { files, text } = withFacts((t) => t.replace('tighten export control measures and delist', 'tighten export controls and delist'));
    const problems = problemsOf(files);
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(
      problems[0],
      new RegExp(
        `^${FACTS_FILE}:${lineOf(text, 'tighten export controls and delist')}: quote not found word for word in source "sakata2020"`,
      ),
    );
  });

  it('rejects an unknown subject, a missing trigger list, an unknown kind and a duplicate id, each at its line', () => {
    const { files, text } = withFacts((t) =>
      t
        .replace('"subject": "gsomia",', '"subject": "no-such-term",')
        .replace('"triggers": ["TISA"],', '')
        .replace('"kind": "percentage",', '"kind": "percent",')
        .replace('"id": "currency-swap-actor"', '"id": "currency-swap-expiry-year"'),
    );
    const problems = problemsOf(files).join('\n');
    assert.match(problems, new RegExp(`${FACTS_FILE}:${lineOf(text, '"no-such-term"')}: unknown subject "no-such-term"`));
    assert.match(problems, /missing field "triggers"/);
    assert.match(problems, new RegExp(`${FACTS_FILE}:${lineOf(text, '"kind": "percent",')}: unknown kind "percent"`));
    assert.match(problems, /duplicate fact id "currency-swap-expiry-year"/);
  });

  it('rejects a date fact without a usable date and a choice fact that nothing could contradict', () => {
    const { files } = withFacts((t) =>
      t
        .replace('"date": { "year": 2010 },', '"date": { "year": 2010, "month": 13 },')
        .replace('"conflicting": ["bilateral", "two-way", "Japan-South Korea", "Japan-Korea"],', ''),
    );
    const problems = problemsOf(files).join('\n');
    assert.match(problems, /"month" must be a whole number from 1 to 12/);
    assert.match(problems, /a "membership" fact needs "conflicting" phrases or "variants"/);
  });
});
