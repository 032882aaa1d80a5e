import { CORE_SCHEMA, load } from 'js-yaml';
import type { Author } from '../knowledge/types';
import { frontMatterOf } from '../text/markdown';
import { isoDate, parsePersonName, text, webLink, type DocumentMetadata } from './metadata';

/** Front matter past this is not front matter but a mistake (an unclosed block swallowing the document). */
const MAX_FRONT_MATTER_CHARS = 64 * 1024;

/** A Markdown document split into what its front matter says and its body. */
export interface MarkdownDocument {
  metadata: DocumentMetadata;
  /** The text after the front matter: what passages are cut from. */
  body: string;
  /** Why the front matter was not used, when it was there but could not be read. */
  warning?: string;
}

/**
 * Splits YAML front matter (`---` … `---` or `...` at the top) from a Markdown document and reads `title`,
 * `author`/`authors` (a name, a list of names, or `{ family, given }` / `{ name }` objects), `date`, `url` and
 * `key` (or `citekey`, `id`). Dates stay strings (YAML's own timestamps are not used), so "2021-03" is not a day.
 */
export function readMarkdown(source: string): MarkdownDocument {
  // The product's one Markdown reader says where front matter ends; the body starts on the line after it.
  const front = frontMatterOf(source);
  if (!front) return { metadata: {}, body: source };
  const body = source.slice(front.length).replace(/^\r?\n/, '');
  if (front.yaml.length > MAX_FRONT_MATTER_CHARS)
    return { metadata: {}, body, warning: `front matter longer than ${MAX_FRONT_MATTER_CHARS} characters; ignored` };
  let data: unknown;
  try {
    data = load(front.yaml, { schema: CORE_SCHEMA });
  } catch (err) {
    return { metadata: {}, body, warning: `front matter is not valid YAML (${(err as Error).message.split('\n')[0]}); ignored` };
  }
  if (data == null) return { metadata: {}, body };
  if (typeof data !== 'object' || Array.isArray(data))
    return { metadata: {}, body, warning: 'front matter is not a YAML mapping; ignored' };
  const fields = data as Record<string, unknown>;
  const authorsValue = fields.authors ?? fields.author;
  const authors = (Array.isArray(authorsValue) ? authorsValue : authorsValue == null ? [] : [authorsValue])
    .map(frontMatterName)
    .filter((a): a is Author => a !== undefined);
  const key = text(fields.key) ?? text(fields.citekey) ?? text(fields.id);
  return {
    body,
    metadata: {
      key,
      title: text(fields.title),
      authors: authors.length > 0 ? authors : undefined,
      date: isoDate(fields.date),
      url: webLink(fields.url),
      container: text(fields.container) ?? text(fields.journal),
      publisher: text(fields.publisher),
    },
  };
}

function frontMatterName(value: unknown): Author | undefined {
  if (typeof value === 'string') return parsePersonName(value);
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const family = text(v.family);
  if (family) return text(v.given) ? { family, given: text(v.given) } : { family };
  return typeof v.name === 'string' ? parsePersonName(v.name) : undefined;
}
