#!/usr/bin/env node
// The `corroborate` command: runs the CLI and lets Node exit once output is flushed.
import { main } from '../dist/cli/main.js'

// `corroborate ... | head` closes the pipe early: stop quietly instead of crashing.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
})
