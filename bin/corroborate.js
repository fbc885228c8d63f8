#!/usr/bin/env node
// The `corroborate` command: runs the CLI and lets Node exit once output is flushed.
let main
try {
  ;({ main } = await import('../dist/cli/main.js'))
} catch (error) {
  // A clone of the repository before its first build: say how to build instead of a stack trace.
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('/dist/cli/main.js')) throw error
  process.stderr.write('corroborate: dist/ is not built yet; run `npm run build` in the repository first.\n')
  process.exit(2)
}

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
