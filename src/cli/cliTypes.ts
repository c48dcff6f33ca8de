/** What a CLI command gets: its arguments and where to write. Commands never call process.exit. */
export interface CliIo {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  cwd: string;
}

/** A `gpm` sub-command: one file in `src/cli/commands/`, one line in `src/cli/commands/index.ts`. */
export interface CliCommand {
  name: string;
  /** One line of German help. */
  summary: string;
  /** Full German usage text. */
  usage: string;
  /** Returns the exit code. */
  run(args: string[], io: CliIo): Promise<number>;
}
