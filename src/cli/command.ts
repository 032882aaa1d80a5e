import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError, type CliIO } from './io';
import { shortForm } from './render/terminalText';

/** One `sourcebook` sub-command. */
export interface CliCommand {
  name: string;
  /** One line for `sourcebook --help`. */
  summary: string;
  /** Full `--help` text of the command. */
  help: string;
  run(argv: string[], io: CliIO): Promise<number> | number;
}

/** `util.parseArgs` with strict checking, turning its errors into `UsageError`s. */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T, allowPositionals = true) {
  try {
    return parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

/**
 * The command's query, its positionals joined. One longer than `max` characters is refused as a usage error
 * naming it in short: no term or claim is that long, and matching megabytes of pasted text only wastes minutes.
 */
export function queryOf(positionals: readonly string[], max: number, what: string, command: string): string {
  const query = positionals.join(' ').trim();
  if (!query) throw new UsageError(`${command} needs a ${what}`);
  if (query.length > max) throw new UsageError(`${what} ${shortForm(query)} is too long: at most ${max} characters`);
  return query;
}
