/**
 * Generates Markdown drafts the way writers and their tools produce them, mixed with the sources' own sentences
 * (some with a year or month changed, so the claim checker reads them closely): headings, lists, quotes, tables,
 * code, HTML comments, front matter, citations and footnotes, with and without blank lines between blocks, CRLF or
 * CR-only line ends, cut anywhere. Deterministic for a seed, so a failing input can be replayed.
 */

/** Deterministic pseudo-random numbers (a linear congruential generator): the same seed, the same drafts. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export class MarkdownFuzzer {
  private readonly next: () => number;

  constructor(
    private readonly sentences: readonly string[],
    seed: number,
  ) {
    this.next = seededRandom(seed);
  }

  /** A draft of at most `maxChars` characters (UTF-16 units). */
  draft(maxChars: number): string {
    const parts: string[] = [];
    let length = 0;
    if (this.chance(0.1)) parts.push(this.frontMatter());
    while (length < maxChars && !(length > 0 && this.chance(0.08))) {
      const block = this.block();
      parts.push(block);
      length += block.length + 2;
    }
    let text = '';
    for (const part of parts) text += text === '' ? part : this.pick(['\n\n', '\n', '\n', '\n\n\n', '\n \n']) + part;
    if (this.chance(0.2)) text = text.replace(/\n/g, '\r\n');
    else if (this.chance(0.05)) text = text.replace(/\n/g, '\r');
    if (text.length > maxChars || this.chance(0.15)) text = text.slice(0, Math.floor(this.next() * Math.min(text.length, maxChars)));
    return text;
  }

  /** A draft of about `chars` characters made of many blocks, for the linear-time check. */
  longDraft(chars: number): string {
    const blocks: string[] = [];
    let length = 0;
    while (length < chars) {
      const block = this.block();
      blocks.push(block);
      length += block.length + 1;
    }
    return blocks.join('\n').slice(0, chars);
  }

  private block(): string {
    switch (Math.floor(this.next() * 12)) {
      case 0:
        return `${'#'.repeat(1 + Math.floor(this.next() * 6))}${this.pick([' ', ' ', ''])}${this.sentence()}`;
      case 1:
        return this.list();
      case 2:
        return this.quote();
      case 3:
        return this.table();
      case 4:
        return this.code();
      case 5:
        return this.comment();
      case 6:
        return `    ${this.sentence()}`; // indented: code to CommonMark, prose to a careless reader
      case 7:
        return `${this.pick(['<!-- sourcebook-ignore-next-line -->', '// sourcebook-ignore-next-line', '<div>', '</div>', '***', '---', '===', '- [ ]', '|', '>', '#'])}\n${this.sentence()}`;
      default:
        return this.paragraph();
    }
  }

  private paragraph(): string {
    const count = 1 + Math.floor(this.next() * 4);
    const out: string[] = [];
    for (let i = 0; i < count; i++) out.push(this.decorate(this.sentence()));
    // Soft-wrapped at times, as editors with a ruler write.
    return out.join(this.chance(0.3) ? '\n' : ' ');
  }

  private list(): string {
    const count = 1 + Math.floor(this.next() * 4);
    const marker = this.pick(['-', '*', '+', '1.', '2)', '10.']);
    const lines: string[] = [];
    for (let i = 0; i < count; i++) {
      const indent = this.chance(0.3) ? this.pick(['  ', '    ', '\t']) : '';
      lines.push(`${indent}${marker}${this.pick([' ', ' ', ''])}${this.decorate(this.sentence())}`);
      if (this.chance(0.2)) lines.push(this.sentence()); // a lazy continuation line
    }
    return lines.join('\n');
  }

  private quote(): string {
    const lines = [`>${this.pick([' ', '', ' > '])}${this.sentence()}`];
    if (this.chance(0.5)) lines.push(this.sentence()); // lazy continuation
    if (this.chance(0.3)) lines.push(`> ${this.sentence()}`);
    return lines.join('\n');
  }

  private table(): string {
    const rows = [`| ${this.word()} | ${this.word()} |`, this.pick(['|---|---|', '| :-- | --: |', '|-|'])];
    const count = 1 + Math.floor(this.next() * 3);
    for (let i = 0; i < count; i++) rows.push(`| ${this.sentence()} | ${this.year()} |`);
    return rows.join('\n');
  }

  private code(): string {
    const fence = this.pick(['```', '~~~', '````', '``']);
    const body = [this.sentence(), this.sentence()].join('\n');
    return this.chance(0.8) ? `${fence}${this.pick(['', 'md', 'js'])}\n${body}\n${fence}` : `${fence}\n${body}`; // at times never closed
  }

  private comment(): string {
    const body = this.chance(0.5) ? this.sentence() : `${this.sentence()}\n${this.sentence()}`;
    return this.chance(0.8) ? `<!-- ${body} -->` : `<!-- ${body}`;
  }

  private frontMatter(): string {
    return `---\ntitle: ${this.sentence()}\ndate: ${this.year()}\n${this.chance(0.8) ? '---' : ''}`;
  }

  /** Inline Markdown around or inside a sentence. */
  private decorate(sentence: string): string {
    switch (Math.floor(this.next() * 10)) {
      case 0:
        return `**${sentence}**`;
      case 1:
        return `${sentence.replace(/\.$/, '')} [@${this.word().toLowerCase()}, para. ${Math.floor(this.next() * 40)}].`;
      case 2:
        return `${sentence}[^${Math.floor(this.next() * 9)}]`;
      case 3:
        return `[${sentence}](https://example.org/${this.word()})`;
      case 4:
        return `\`${sentence}\``;
      case 5:
        return `“${sentence}”`;
      case 6:
        return `![${sentence}](x.png)`;
      default:
        return sentence;
    }
  }

  /** A source sentence, often with a date changed so that it may contradict its source. */
  private sentence(): string {
    let s = this.pick(this.sentences);
    if (this.chance(0.5)) s = s.replace(/\b(19|20)\d\d\b/, () => this.year());
    if (this.chance(0.3)) s = s.replace(new RegExp(`\\b(${MONTHS.join('|')})\\b`), () => this.pick(MONTHS));
    if (this.chance(0.1)) s = s.replace(/ /g, () => this.pick([' ', ' ', ' ', '\u00a0', '\u200b', '  ', '\t']));
    return s;
  }

  private word(): string {
    return this.pick(this.pick(this.sentences).split(/\s+/).filter(Boolean)) ?? 'x';
  }

  private year(): string {
    return String(1950 + Math.floor(this.next() * 80));
  }

  private chance(p: number): boolean {
    return this.next() < p;
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
}
