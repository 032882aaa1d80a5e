import type { CliCommand } from '../command';
import { checkCommand } from './check';
import { citeCommand } from './cite';
import { defineCommand } from './define';
import { indexCommand } from './indexCommand';
import { sourcesCommand } from './sources';

/** Every `sourcebook` sub-command, in the order `--help` lists them. */
export const COMMANDS: CliCommand[] = [defineCommand, citeCommand, sourcesCommand, checkCommand, indexCommand];
