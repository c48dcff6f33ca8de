import type { CliCommand } from '../cliTypes';
import { lintCommand } from './lint';

/** The registry of `gpm` sub-commands: add a command file and one line here. */
export const COMMANDS: CliCommand[] = [lintCommand];
