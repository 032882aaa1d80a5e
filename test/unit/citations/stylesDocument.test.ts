import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { citationStylesDocument, STYLES_DOCUMENT } from '../../../eval/citations';
import { realKnowledge } from '../helpers/knowledge';

describe('docs/citation-styles.md', () => {
  it('is what the citation code produces today (regenerate: node out/eval/citations.js --write-docs)', () => {
    assert.equal(fs.readFileSync(STYLES_DOCUMENT, 'utf8'), citationStylesDocument(realKnowledge()));
  });
});
