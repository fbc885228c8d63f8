// extractDetails on one long line: it was quadratic (800 KB of 'in March ' took 21 s) because
// the name extractor searched back to the start of the line for every capitalised word.
// No clock: 3 MB would take a quadratic pass many minutes on any machine, past the test's
// timeout, and takes a linear one seconds. Full suite only (a few seconds of work each).
import { describe, expect, it } from 'vitest'
import { extractDetails } from '../../src/extract/index.js'
import { fullSuite } from '../support/suite.js'

const size = 3 * 1024 * 1024

describe.runIf(fullSuite)('extractDetails on 3 MB without a line break', () => {
  it.each(['in March ', 'US$1,000 ', 'Port Calloway said 12 '])(
    '%j repeated',
    { timeout: 120_000 },
    (unit) => {
      const text = unit.repeat(Math.ceil(size / unit.length))
      const details = extractDetails(text, { format: 'text' })
      expect(details.length).toBeGreaterThan(size / unit.length / 2)
      const last = details[details.length - 1]!
      expect(text.slice(last.start, last.end)).toBe(last.text)
    },
  )
})
