/**
 * The team's sources file, `.sourcebook/config.json`, committed beside the drafts: which folders hold the team's
 * sources and whether the bundled articles are kept. Found like the ignore file, from the current folder upward but
 * never above the repository root.
 */
import * as path from 'node:path';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { describeTextRefusal, readTextFile } from '../files';
import { findNearest, repositoryRoot } from '../ignoreFile';

/** Where the team file lives, relative to a folder. */
export const CONFIG_FILE = path.join('.sourcebook', 'config.json');

/** A team file is a few lines; anything this large is a mistake. */
const MAX_CONFIG_BYTES = 256 * 1024;

/** The team file as read: its path, its folders resolved against the folder holding `.sourcebook/`, and `bundled`. */
export interface SourcesConfig {
  file: string;
  sources: string[];
  bundled: boolean;
}

/** A team file that cannot be used; the message names the file and what is wrong. */
export class ConfigError extends Error {}

/** The nearest team file from `cwd` up to the repository root (only `cwd` itself outside a repository), read. */
export function findSourcesConfig(cwd: string): SourcesConfig | undefined {
  const file = findNearest(CONFIG_FILE, cwd, repositoryRoot(cwd) ?? cwd);
  return file === undefined ? undefined : readSourcesConfig(file);
}

/** Reads a team file: `{ "sources": [folders], "bundled": true }`, comments allowed; folders relative to the file. */
export function readSourcesConfig(file: string): SourcesConfig {
  const read = readTextFile(file, MAX_CONFIG_BYTES);
  if (!read.ok) throw new ConfigError(`${file}: ${describeTextRefusal(read.refusal)}`);
  const errors: ParseError[] = [];
  const data: unknown = parse(read.text, errors, { allowTrailingComma: true });
  if (errors.length > 0)
    throw new ConfigError(`${file}: not valid JSON (${printParseErrorCode(errors[0].error)} at offset ${errors[0].offset})`);
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new ConfigError(`${file}: expected an object like { "sources": ["sources/"], "bundled": true }`);
  const fields = data as Record<string, unknown>;
  const unknown = Object.keys(fields).filter((k) => k !== 'sources' && k !== 'bundled');
  if (unknown.length > 0)
    throw new ConfigError(`${file}: unknown field ${unknown.map((k) => `"${k}"`).join(', ')} (known: "sources", "bundled")`);
  const sources = fields.sources ?? [];
  if (!Array.isArray(sources) || !sources.every((s) => typeof s === 'string' && s.trim() !== '')) {
    throw new ConfigError(`${file}: "sources" must be a list of folder paths`);
  }
  if (fields.bundled !== undefined && typeof fields.bundled !== 'boolean')
    throw new ConfigError(`${file}: "bundled" must be true or false`);
  // The file sits in `.sourcebook/`; its paths are relative to the folder holding that.
  const base = path.dirname(path.dirname(file));
  return { file, sources: sources.map((s: string) => path.resolve(base, s)), bundled: fields.bundled !== false };
}
