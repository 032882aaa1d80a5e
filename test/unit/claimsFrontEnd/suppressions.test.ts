import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  addIgnoredClaim,
  findIgnoreDirectives,
  IgnoreFileError,
  inlineIgnoreEdit,
  isIgnoredInline,
  lineStarts,
  normaliseClaimSentence,
  parseIgnoreFile,
  sentenceAt,
  type Suppressible,
} from '../../../src/core/claims/suppressions';
import { findIgnoreFile, readIgnoreFile } from '../../../src/node/ignoreFile';

/** A finding of `factId` on the first occurrence of `words` in `text`. */
function findingAt(text: string, words: string, factId = 'treaty-year'): Suppressible {
  const start = text.indexOf(words);
  assert.ok(start >= 0, `"${words}" is not in the draft`);
  return { start, end: start + words.length, factId };
}

function ignored(text: string, f: Suppressible): boolean {
  return isIgnoredInline(findIgnoreDirectives(text), lineStarts(text), f);
}

const MEMO = `## Background

<!-- sourcebook-ignore-next-line -->
Seoul and Tokyo normalised relations in 1966, a date we quote from the minister.
The comfort women agreement was reached in 2014.

The Supreme Court ruled in 2017 on forced labour. <!-- sourcebook-ignore-line court-ruling -- checked with legal -->
`;

describe('claims front end: ignore comments', () => {
  it('an ignore-next-line comment silences every finding on the next line and nothing else', () => {
    assert.equal(ignored(MEMO, findingAt(MEMO, '1966')), true);
    assert.equal(ignored(MEMO, findingAt(MEMO, '2014', 'comfort-women-agreement')), false, 'the line after the next is still checked');
  });

  it('an ignore-line comment with fact ids silences only those facts on its own line; the reason is not an id', () => {
    assert.equal(ignored(MEMO, findingAt(MEMO, '2017', 'court-ruling')), true);
    assert.equal(ignored(MEMO, findingAt(MEMO, '2017', 'other-fact')), false);
    const directive = findIgnoreDirectives(MEMO).find((d) => d.factIds);
    assert.deepEqual(directive?.factIds, ['court-ruling']);
  });

  it('plain text can use a // directive line', () => {
    const text = 'MEMO\n\n// sourcebook-ignore-next-line treaty-year\nRelations were normalised in 1966.\nThe agreement came in 2014.\n';
    assert.equal(ignored(text, findingAt(text, '1966')), true);
    assert.equal(ignored(text, findingAt(text, '1966', 'another-fact')), false);
    assert.equal(ignored(text, findingAt(text, '2014')), false);
  });

  it('a draft that merely mentions the word in prose is not a directive', () => {
    const text = 'We could add sourcebook-ignore-next-line here.\nRelations were normalised in 1966.';
    assert.equal(ignored(text, findingAt(text, '1966')), false);
  });

  it('the quick-fix edit puts a comment line above a line that starts a paragraph, which then silences it', () => {
    const text = 'Intro.\n\n  Relations were normalised in 1966.\n';
    const f = findingAt(text, '1966');
    const edit = inlineIgnoreEdit(text, f, true);
    assert.equal(edit.insert, '  <!-- sourcebook-ignore-next-line treaty-year -->\n');
    const after = text.slice(0, edit.offset) + edit.insert + text.slice(edit.offset);
    assert.equal(ignored(after, findingAt(after, '1966')), true);
  });

  it('in the middle of a Markdown paragraph the comment goes at the end of the line, so the paragraph is not split', () => {
    const text = 'The memo argues that\nrelations were normalised in 1966 and\nhave held since.\r\n';
    const edit = inlineIgnoreEdit(text, findingAt(text, '1966'), true);
    const after = text.slice(0, edit.offset) + edit.insert + text.slice(edit.offset);
    assert.equal(
      after,
      'The memo argues that\nrelations were normalised in 1966 and <!-- sourcebook-ignore-line treaty-year -->\nhave held since.\r\n',
    );
    assert.equal(ignored(after, findingAt(after, '1966')), true);
    assert.equal(ignored(after, findingAt(after, 'have held')), false);
  });

  it('in plain text the quick fix inserts a // line, keeping CRLF line ends', () => {
    const text = 'First line\r\nrelations were normalised in 1966.\r\n';
    const edit = inlineIgnoreEdit(text, findingAt(text, '1966'), false);
    assert.equal(edit.insert, '// sourcebook-ignore-next-line treaty-year\r\n');
    const after = text.slice(0, edit.offset) + edit.insert + text.slice(edit.offset);
    assert.equal(ignored(after, findingAt(after, '1966')), true);
  });
});

describe('claims front end: the workspace ignore file', () => {
  it('matches a claim by fact and sentence, whatever the wrapping, typography, emphasis, citations or list marker', () => {
    const file = parseIgnoreFile(
      JSON.stringify({ ignored: [{ fact: 'treaty-year', sentence: 'Seoul and Tokyo normalised relations in 1966.' }] }),
      'ignored-claims.json',
    );
    assert.equal(file.has('treaty-year', '- Seoul and Tokyo **normalised**\n  relations in 1966 [@buchan2019].'), true);
    assert.equal(file.has('treaty-year', 'Seoul and Tokyo normalised relations in 1967.'), false, 'a different claim');
    assert.equal(file.has('other-fact', 'Seoul and Tokyo normalised relations in 1966.'), false, 'a different fact');
  });

  it('normalisation keeps leading numbers that are part of the sentence', () => {
    assert.equal(normaliseClaimSentence('1965 was the year of the treaty.'), '1965 was the year of the treaty.');
    assert.equal(normaliseClaimSentence('2. The “treaty” — signed in 1965 .'), 'the "treaty" - signed in 1965.');
  });

  it('names the file and line of a syntax error, and rejects entries without fact or sentence', () => {
    assert.throws(
      () => parseIgnoreFile('{\n  "ignored": [\n    { "fact": "x" "sentence": "y" }\n  ]\n}', 'team.json'),
      (e: Error) => e instanceof IgnoreFileError && /^team\.json:3: /.test(e.message),
    );
    assert.throws(
      () => parseIgnoreFile('{ "ignored": [{ "fact": "x" }] }', 'team.json'),
      /team\.json: entry 1 of "ignored" needs a "fact" and a "sentence"/,
    );
    assert.throws(() => parseIgnoreFile('[]', 'team.json'), /expected an object with an "ignored" list/);
  });

  it('adding a claim keeps comments and other entries, and adding it twice changes nothing', () => {
    const original = '{\n  // reviewed by the Korea desk\n  "ignored": [\n    { "fact": "a", "sentence": "First." }\n  ]\n}\n';
    const once = addIgnoredClaim(original, { fact: 'treaty-year', sentence: 'Relations were normalised in 1966.' }, 'f.json');
    assert.ok(once.includes('// reviewed by the Korea desk'));
    const parsed = parseIgnoreFile(once, 'f.json');
    assert.deepEqual(
      parsed.claims.map((c) => c.fact),
      ['a', 'treaty-year'],
    );
    assert.equal(addIgnoredClaim(once, { fact: 'treaty-year', sentence: 'Relations were  normalised in 1966.' }, 'f.json'), once);
  });

  it('starts a new file when there is none, and refuses to overwrite a broken one', () => {
    const created = addIgnoredClaim(undefined, { fact: 'x', sentence: 'S.' }, 'f.json');
    assert.deepEqual(parseIgnoreFile(created, 'f.json').claims, [{ fact: 'x', sentence: 'S.' }]);
    assert.throws(() => addIgnoredClaim('{ "ignored": [ oops', { fact: 'x', sentence: 'S.' }, 'f.json'), IgnoreFileError);
  });

  it('is found from a draft folder upward; a missing file is an empty list', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcebook-ignore-'));
    try {
      const nested = path.join(root, 'memos', '2021');
      fs.mkdirSync(nested, { recursive: true });
      assert.equal(findIgnoreFile(nested, root), undefined);
      fs.mkdirSync(path.join(root, '.sourcebook'));
      const file = path.join(root, '.sourcebook', 'ignored-claims.json');
      fs.writeFileSync(file, '{ "ignored": [{ "fact": "x", "sentence": "S." }] }');
      assert.equal(findIgnoreFile(nested, root), file);
      assert.equal(readIgnoreFile(file).size, 1);
      assert.equal(readIgnoreFile(path.join(root, 'none.json')).size, 0);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('claims front end: the sentence of a claim', () => {
  it('is the whole sentence around the finding, across a line break, without its neighbours', () => {
    const text = 'Tokyo disagreed. Seoul and Tokyo normalised\nrelations in 1966 after long talks. Talks resumed later.';
    assert.equal(sentenceAt(text, findingAt(text, '1966')), 'Seoul and Tokyo normalised relations in 1966 after long talks.');
  });

  it('does not stop at the dots of "U.S." when the claim follows them', () => {
    const text = 'The U.S. intervened in December 2019 to broker a meeting.';
    assert.equal(sentenceAt(text, findingAt(text, '2019')), 'The U.S. intervened in December 2019 to broker a meeting.');
  });
});
