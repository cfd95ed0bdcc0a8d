import type { Command } from 'commander';
import { CommandFailure } from './command-failure';
import { EXIT } from './context';
import type { Register } from './register';

/**
 * `paradigm help [COMMAND...]`: the help of the deepest subcommand the words name, as `COMMAND... --help`
 * prints it (`help import hunspell` is `import hunspell --help`). It takes the place of commander's own
 * help command, which reads only the first word. A word that names no subcommand is a bad command line
 * (exit 2), named with where to find the ones there are.
 */
export const registerHelp: Register = (program, _context, act) =>
  program
    .command('help')
    .description('display help for command')
    .argument('[command...]')
    .action(
      act(async (words: string[]) => {
        let command: Command = program;
        for (const [at, word] of words.entries()) {
          const sub = command.commands.find((candidate) => candidate.name() === word || candidate.aliases().includes(word));
          if (sub === undefined) throw new CommandFailure(EXIT.usage, unknownCommandText(words.slice(0, at), word, command.commands.length > 0));
          command = sub;
        }
        return command.help();
      }),
    );

/** Why `help` refuses `word` after the subcommand `above` names (the program itself when empty). */
function unknownCommandText(above: readonly string[], word: string, hasSubcommands: boolean): string {
  const named = `unknown command '${[...above, word].join(' ')}'`;
  const help = ['paradigm', ...above, '--help'].join(' ');
  return hasSubcommands ? `${named}; see ${help}` : `${named}: ${above.join(' ')} has no subcommands; see ${help}`;
}
