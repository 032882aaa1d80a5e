import { KnowledgeLoadError } from '../core/knowledge/knowledgeBase';
import { COMMANDS } from './commands';
import { EXIT, processIO, UsageError, type CliIO } from './io';
import { shortForm, terminalSafe } from './render/terminalText';

const VERSION = '0.1.0';

function globalHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: sourcebook <command> [options]',
    '',
    'Sourced definitions, citations and fact checks for memos on U.S.–Japan–South Korea relations.',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run "sourcebook <command> --help" for a command\'s options.',
    'Exit status: 0 ok, 1 findings (unknown term, conflicting claims), 2 usage or read error.',
  ].join('\n');
}

/** Runs the CLI with `argv` (without node and script); returns the exit code. Exported for tests. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(`${globalHelp()}\n`);
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === '--version' || name === '-v') {
    io.out(`${VERSION}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`sourcebook: unknown command ${shortForm(name)}\n\n${globalHelp()}\n`);
    return EXIT.usage;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      // Usage messages quote the arguments given, which may hold anything.
      io.err(`sourcebook ${name}: ${terminalSafe(err.message)}\n\n${command.help}\n`);
      return EXIT.usage;
    }
    if (err instanceof KnowledgeLoadError) {
      io.err(`sourcebook: ${terminalSafe(err.message)}\n`);
      return EXIT.usage;
    }
    throw err;
  }
}

if (require.main === module) {
  const io = processIO();
  runCli(process.argv.slice(2), io).then(
    (code) => {
      // Output that could not be written is a failed run whatever was found; a reader that left early is not.
      process.exitCode = io.state.writeError ? EXIT.usage : code;
    },
    (err: unknown) => {
      process.stderr.write(`sourcebook: internal error: ${(err as Error).stack ?? String(err)}\n`);
      process.exitCode = 2;
    },
  );
}
