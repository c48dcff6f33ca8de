#!/usr/bin/env node
// The `gpm` command line. Runs the TypeScript sources through tsx (installed by `npm ci`),
// so a fresh clone needs no build step.
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('./main.ts', import.meta.url);
const code = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
process.exitCode = code;
