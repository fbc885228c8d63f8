import { describe, expect, it } from 'vitest'
import * as patterns from '../../src/extract/patterns.js'

// tests/redos proves every RegExp in src/**/patterns.ts linear (recheck) and scans adversarial
// text with it; this file only checks what that test cannot know: that the extract stage keeps
// its regular expressions here, as exports, where tests/redos finds them.

const regexps = Object.entries(patterns).filter(
  (entry): entry is [string, RegExp] => entry[1] instanceof RegExp,
)

describe('extract patterns', () => {
  it('exports its regular expressions, so tests/redos checks each of them', () => {
    expect(regexps.length).toBeGreaterThan(50)
  })
})
