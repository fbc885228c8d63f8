// Runs before `npm run test:full`: the HTML-report and browser-bundle tests drive Debian's chromium.
// When it is missing and we are root on Debian, install it with apt-get (about 30 s);
// otherwise say what to install. Set CHROMIUM_PATH to use another chromium build.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
if (!existsSync(path)) {
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')
  if (!canInstall) {
    console.error(
      `corroborate tests: chromium not found at ${path}. Install it (Debian: apt-get install chromium) ` +
        'or set CHROMIUM_PATH; the browser tests will fail without it.',
    )
  } else {
    console.error('corroborate tests: installing chromium with apt-get for the browser tests ...')
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
    execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'], env })
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env,
    })
  }
}
