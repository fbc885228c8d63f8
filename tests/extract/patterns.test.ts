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

describe('quoteTailStartPattern', () => {
  it('takes a space, a comma and space, or a dash after a closing quote', () => {
    for (const tail of [
      ' the mayor said',
      ', she said',
      '\u00a0he said',
      '—the mayor said',
      '– she said',
      '-he said',
    ])
      expect(patterns.quoteTailStartPattern.test(tail), tail).toBe(true)
  })

  it('takes no letter, accented or not, right after a closing quote', () => {
    for (const tail of ['said the mayor', 'étaient', 'Ωmega', 'жители', 'ñandú'])
      expect(patterns.quoteTailStartPattern.test(tail), tail).toBe(false)
  })
})
