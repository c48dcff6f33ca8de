import type { CliCommand } from '../cliTypes';
import { compareCommand } from './compare';
import { lintCommand } from './lint';
import { matchCommand } from './match';

/** The registry of `gpm` sub-commands: add a command file and one line here. */
export const COMMANDS: CliCommand[] = [lintCommand, matchCommand, compareCommand];
