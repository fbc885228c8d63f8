import { join } from 'node:path'
import { type Browser, chromium } from 'playwright-core'

/** Where Debian installs chromium; `.ci/run` installs it with apt-get. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/**
 * Starts Debian's headless chromium with the flags this closed network needs. Playwright gives
 * every launch a fresh temporary profile (it refuses `--user-data-dir` in `launch`), and
 * deletes it on `close()`.
 */
export async function launchChromium(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  return {
    browser,
    close: () => browser.close(),
  }
}

/** A folder for a test's output files (screenshots), kept after the run, ignored by git. */
export function testOutputDir(name: string): string {
  return join(process.cwd(), '.test-output', name)
}
