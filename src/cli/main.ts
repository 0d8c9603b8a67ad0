#!/usr/bin/env node
// Entry point of the `winrpc` bin; everything else lives in program.ts so tests can import it.
import { ExitCode } from './errors.js';
import { main } from './program.js';

main(process.argv).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`winrpc: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(ExitCode.FAILURE);
  },
);
