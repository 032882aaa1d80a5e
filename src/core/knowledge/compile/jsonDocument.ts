import { getNodeValue, parseTree, printParseErrorCode, visit, type Node, type ParseError } from 'jsonc-parser';
import { closestWord, lineColumnAt, type KnowledgeProblem } from './problems';

/**
 * A parsed knowledge JSON file that remembers where every value came from, so validation can report
 * `file:line:column` instead of "somewhere in glossary".
 */
export class JsonDocument {
  readonly root: Node | undefined;

  constructor(
    readonly path: string,
    readonly text: string,
    private readonly problems: KnowledgeProblem[],
  ) {
    const errors: ParseError[] = [];
    this.root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: false });
    for (const e of errors) this.reportAt(e.offset, `invalid JSON: ${printParseErrorCode(e.error)}`);
    if (errors.length > 0) this.root = undefined;
    else this.reportDuplicateKeys();
  }

  /**
   * A key given twice in one object: JSON parsers keep the last silently, so an author's first value (often the one
   * they meant) would vanish from the index without a word.
   */
  private reportDuplicateKeys(): void {
    const open: Set<string>[] = [];
    visit(this.text, {
      onObjectBegin: () => void open.push(new Set()),
      onObjectEnd: () => void open.pop(),
      onObjectProperty: (key, offset) => {
        const keys = open[open.length - 1];
        if (!keys) return;
        if (keys.has(key)) this.reportAt(offset, `duplicate key "${key}": the object already has one (JSON would keep only the last)`);
        keys.add(key);
      },
    });
  }

  /**
   * Reports every key of `obj` that is not one of `allowed`, with the nearest allowed key: a misspelt optional field
   * ("acepted") would otherwise be dropped silently and the fact compiled without it.
   */
  allowOnly(obj: Node, allowed: readonly string[], what: string): void {
    for (const prop of obj.children ?? []) {
      const key = prop.children?.[0];
      if (!key || allowed.includes(key.value as string)) continue;
      const near = closestWord(key.value as string, allowed);
      this.report(key, `unknown field "${key.value}" in ${what}${near ? ` (did you mean "${near}"?)` : ''}; allowed: ${allowed.join(', ')}`);
    }
  }

  reportAt(offset: number, message: string): void {
    const { line, column } = lineColumnAt(this.text, offset);
    this.problems.push({ file: this.path, line, column, message });
  }

  report(node: Node | undefined, message: string): void {
    this.reportAt(node ? node.offset : 0, message);
  }

  /** The value node of `key` in an object node. */
  property(obj: Node, key: string): Node | undefined {
    for (const prop of obj.children ?? []) {
      const [k, v] = prop.children ?? [];
      if (k && k.value === key) return v;
    }
    return undefined;
  }

  /** A required or optional string property; reports a problem and returns undefined when it is wrong. */
  string(obj: Node, key: string, opts: { optional?: boolean; nullable?: boolean } = {}): string | null | undefined {
    const node = this.property(obj, key);
    if (!node) {
      if (!opts.optional && !opts.nullable) this.report(obj, `missing field "${key}"`);
      return opts.nullable ? null : undefined;
    }
    if (node.type === 'null' && opts.nullable) return null;
    if (node.type !== 'string') {
      this.report(node, `"${key}" must be a string${opts.nullable ? ' or null' : ''}`);
      return undefined;
    }
    if ((node.value as string).trim() === '') {
      this.report(node, `"${key}" must not be empty${opts.nullable ? ' (use null for unknown)' : ''}`);
      return undefined;
    }
    return node.value as string;
  }

  /** A required array property's element nodes. */
  array(obj: Node, key: string, opts: { optional?: boolean } = {}): Node[] {
    const node = this.property(obj, key);
    if (!node) {
      if (!opts.optional) this.report(obj, `missing field "${key}"`);
      return [];
    }
    if (node.type !== 'array') {
      this.report(node, `"${key}" must be an array`);
      return [];
    }
    return node.children ?? [];
  }

  /** Asserts a node is an object. */
  isObject(node: Node | undefined, what: string): node is Node {
    if (!node || node.type !== 'object') {
      this.report(node, `${what} must be an object`);
      return false;
    }
    return true;
  }

  value(node: Node | undefined): unknown {
    return node ? getNodeValue(node) : undefined;
  }
}
