#!/usr/bin/env node
// The `communique` executable: only the argument reading and I/O load here; each
// command's work is imported when it runs (see commands/index.ts).
import { run } from './run.js'

// A reader that goes away (`communique parse big.txt | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
})

process.exitCode = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
})
