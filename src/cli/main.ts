import type { CliIo } from './cliTypes';
import { COMMANDS } from './commands/index';

/** Entry of the `gpm` command: dispatch to a sub-command and return its exit code. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(helpText());
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`Unbekannter Befehl „${name}“.\n\n${helpText()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(command.usage.endsWith('\n') ? command.usage : command.usage + '\n');
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    io.stderr.write(`Interner Fehler in „gpm ${name}“: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    return 2;
  }
}

function helpText(): string {
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`);
  return `gpm – Prüfen, Vergleichen und Exportieren von BPMN-Prozessmodellen\n\nVerwendung: gpm <Befehl> [Optionen]\n\nBefehle:\n${lines.join('\n')}\n\nHilfe zu einem Befehl: gpm <Befehl> --help\n`;
}
