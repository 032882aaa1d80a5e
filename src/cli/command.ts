import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError, type CliIO } from './io';

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
