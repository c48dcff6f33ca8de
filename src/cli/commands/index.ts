import type { CliCommand } from '../cliTypes';

/** The registry of `gpm` sub-commands: add a command file and one line here. */
export const COMMANDS: CliCommand[] = [];
