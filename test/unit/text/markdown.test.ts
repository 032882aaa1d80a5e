import * as assert from 'node:assert/strict';
import { codeRanges } from '../../../src/core/citations/markdownCode';
import { citedKeys } from '../../../src/core/citations/citedKeys';
import { readAsProse as claimsProse } from '../../../src/core/claims/markdown';
import { normaliseClaimSentence } from '../../../src/core/claims/suppressions';
import { markupRanges, proseWords, readAsProse, type MarkupKind } from '../../../src/core/text/markdown';
import { claimQuery, cleanClaim } from '../../../src/vscode/citations/claimQuery';

/** The prose of `markdown` as words on one line: what a reader of the rendered text reads. */
const prose = (markdown: string) => readAsProse(markdown).replace(/\s+/g, ' ').trim();
/** The markup kinds found, in order. */
const kinds = (markdown: string): MarkupKind[] => markupRanges(markdown).map((r) => r.kind);

describe('the one Markdown reader: what is prose', () => {
  // Inputs after the examples of the CommonMark spec (0.31.2), section by section; the expected prose is the text
  // the spec's HTML output shows outside code, tags, URLs and alt text.
  const specExamples: { section: string; markdown: string; prose: string }[] = [
    // Fenced code blocks.
    { section: 'fence', markdown: '```\n<\n >\n```', prose: '' },
    { section: 'fence', markdown: '~~~\naaa\n```\n~~~\nafter', prose: 'after' },
    { section: 'fence: closing as long as the opening', markdown: '````\naaa\n```\n``````\nafter', prose: 'after' },
    { section: 'fence: unclosed runs to the end', markdown: '```\n\n```aaa\nstill code', prose: '' },
    { section: 'fence: indented up to three spaces', markdown: '   ```\n   aaa\n  ```\nafter', prose: 'after' },
    { section: 'fence: a closing fence indented four spaces is code', markdown: '```\naaa\n    ```\nstill code', prose: '' },
    { section: 'fence: backtick info string with a backtick is no fence', markdown: '``` aa ```\nfoo', prose: 'foo' },
    { section: 'fence: in a block quote', markdown: '> ```\n> code\n> ```\n> prose', prose: '> prose' },
    // Code spans.
    { section: 'code span', markdown: 'a `foo` b', prose: 'a b' },
    { section: 'code span: double backticks', markdown: 'a `` foo ` bar `` b', prose: 'a b' },
    { section: 'code span: runs of unequal length', markdown: '`foo``bar``', prose: '`foo' },
    { section: 'code span: backslash is literal inside', markdown: '`foo\\`bar`', prose: 'bar`' },
    { section: 'code span: escaped opening backtick', markdown: '\\`not code\\` here', prose: '\\`not code\\` here' },
    { section: 'code span: unmatched run is text', markdown: '```foo``', prose: '```foo``' },
    { section: 'code span: not across a blank line', markdown: '`one\n\ntwo`', prose: '`one two`' },
    // Autolinks.
    { section: 'autolink', markdown: 'see <http://foo.bar.baz> now', prose: 'see now' },
    { section: 'autolink: e-mail', markdown: 'mail <foo@bar.example.com> now', prose: 'mail now' },
    { section: 'autolink: spaces make it text', markdown: '< http://foo.bar >', prose: '< http://foo.bar >' },
    // Raw HTML.
    { section: 'raw HTML: tags', markdown: '<a><bab><c2c> text </a>', prose: 'text' },
    { section: 'raw HTML: attributes over lines', markdown: 'x <a  /><b2\ndata="foo" > y', prose: 'x y' },
    { section: 'raw HTML: not tags', markdown: '<33> <__>', prose: '<33> <__>' },
    { section: 'raw HTML: comment', markdown: 'foo <!-- this is a --\ncomment - with hyphens --> bar', prose: 'foo bar' },
    { section: 'raw HTML: processing instruction', markdown: 'foo <?php echo $a; ?> bar', prose: 'foo bar' },
    { section: 'raw HTML: declaration', markdown: 'foo <!ELEMENT br EMPTY> bar', prose: 'foo bar' },
    { section: 'raw HTML: CDATA', markdown: 'foo <![CDATA[>&<]]> bar', prose: 'foo bar' },
    { section: 'HTML block: script content', markdown: '<script type="text/javascript">\nlet a = 1;\n</script>\nokay', prose: 'okay' },
    // Links.
    { section: 'link with title', markdown: '[link](/uri "title") x', prose: 'link x' },
    { section: 'link: destination in pointy brackets', markdown: '[link](<my uri>) x', prose: 'link x' },
    { section: 'link: balanced parentheses', markdown: '[link](foo(and)bar) x', prose: 'link x' },
    { section: 'link: nested brackets in the text', markdown: '[link [foo [bar]]](/uri) x', prose: 'link [foo [bar]] x' },
    { section: 'link: full reference', markdown: '[foo][bar] x', prose: 'foo x' },
    { section: 'link: collapsed reference', markdown: '[foo][] x', prose: 'foo x' },
    { section: 'link: escaped bracket is text', markdown: '\\[foo](/uri)', prose: '\\[foo](/uri)' },
    // Images.
    { section: 'image with title', markdown: 'a ![foo](/url "title") b', prose: 'a b' },
    { section: 'image: nested brackets in the alt text', markdown: 'a ![foo [bar]](/url) b', prose: 'a b' },
    { section: 'image: reference', markdown: 'a ![foo *bar*][] b', prose: 'a b' },
    { section: 'image inside a link', markdown: '[![moon](moon.jpg)](/uri) x', prose: 'x' },
    // Link reference definitions.
    { section: 'reference definition', markdown: '[foo]: /url "title"\n\n[foo]', prose: '[foo]' },
    { section: 'reference definition: destination on the next line', markdown: '[foo]:\n/url\n\nbar', prose: 'bar' },
    { section: 'reference definition cannot interrupt a paragraph', markdown: 'Foo\n[bar]: /baz', prose: 'Foo [bar]: /baz' },
  ];
  for (const example of specExamples) {
    it(`reads ${example.section} as CommonMark does`, () => {
      assert.equal(prose(example.markdown), example.prose, JSON.stringify(example.markdown));
    });
  }

  it('keeps every offset: the prose has the text’s length and its line breaks', () => {
    for (const { markdown } of specExamples) {
      const read = readAsProse(markdown);
      assert.equal(read.length, markdown.length);
      assert.deepEqual([...read].map((c, i) => (c === '\n') === (markdown[i] === '\n')).every(Boolean), true);
    }
  });

  it('tells citations, footnotes and front matter apart, front matter only in a whole document', () => {
    const draft = '---\ntitle: A memo\n---\nSeoul acted [see @buchan2019, p. 3; @sakata2020] and [-@sakata2020].[^1]\n\n[^1]: A note.';
    assert.deepEqual(kinds(draft), ['citation', 'citation', 'footnote', 'footnote']);
    assert.deepEqual(
      markupRanges(draft, { document: true }).map((r) => r.kind),
      ['front-matter', 'citation', 'citation', 'footnote', 'footnote'],
    );
    assert.equal(prose(readAsProse(draft, { document: true })), 'Seoul acted and . A note.');
    // An e-mail address in brackets is no citation.
    assert.deepEqual(kinds('[write to a@b.org]'), []);
  });

  it('costs time in proportion to the text, however many stray marks it holds', () => {
    const stray = '[a ` < ![b `` [^ [@c <!x ](y '.repeat(2000);
    /** The least CPU time of a few reads: load on the machine inflates single runs. */
    const cost = (text: string) => {
      let least = Infinity;
      for (let run = 0; run < 5; run++) {
        const before = process.cpuUsage();
        readAsProse(text);
        const used = process.cpuUsage(before);
        least = Math.min(least, used.user + used.system);
      }
      return least;
    };
    const once = cost(stray);
    const fourTimes = cost(stray.repeat(4));
    // Linear: about 4 times (up to 7 measured on a loaded machine, the garbage collector's share growing); a scan
    // per mark (quadratic) would take 16 times.
    assert.ok(fourTimes < 11 * Math.max(once, 1000), `${once} µs, then ${fourTimes} µs for four times the text`);
  });
});

describe('the one Markdown reader: every feature reads the same prose', () => {
  it('is the one reader: the claim checker, the citation scanners, the citation query and the ignore key agree', () => {
    const draft =
      'Seoul acted [@buchan2019] <!-- [@sakata2020] --> in ![a chart, see @sakata2020](x.png "@sakata2020") ' +
      '[2019](https://example.org/@sakata2020) `@sakata2020`.';
    // The claim checker reads exactly the reader's prose.
    assert.equal(claimsProse(draft), readAsProse(draft));
    // The citation scanners skip what is not prose, save the citation brackets they look for (and an image's alt
    // text, which Pandoc renders as a figure's caption, citations and all; not its title).
    assert.deepEqual(citedKeys(draft), ['buchan2019', 'sakata2020']);
    assert.deepEqual(citedKeys(draft.replace('see @sakata2020', 'see below')), ['buchan2019']);
    for (const [start, end] of codeRanges(draft)) assert.ok(readAsProse(draft).slice(start, end).trim() === '');
    // Insert Citation searches for the prose's words, and the ignore file keys a sentence by them.
    assert.equal(cleanClaim(draft), proseWords(draft));
    assert.equal(claimQuery(draft, 3, 3), 'Seoul acted in 2019 .');
    assert.equal(normaliseClaimSentence(draft), 'seoul acted in 2019.');
  });
});
