// Words are data: every Object.prototype name ('constructor', 'toString', '__proto__' ...)
// next to a figure must go through compare like any other word. Word tables keyed by input
// text once found Object.prototype.constructor and crashed.
import { describe, expect, it } from 'vitest'
import { parseFailOn } from '../../src/cli/fail-on.js'
import { frontMatter } from '../../src/cli/front-matter.js'
import { compare } from '../../src/compare/index.js'
import { isCorroborateError } from '../../src/errors.js'
import { extractDetails } from '../../src/extract/index.js'

const names = Object.getOwnPropertyNames(Object.prototype)

/** Sentences that put `name` where a subject, unit, currency, name or cue word would be. */
function sentences(name: string): string[] {
  const Name = name.charAt(0).toUpperCase() + name.slice(1)
  return [
    `Police said 12 ${name} were killed on Thursday.`,
    `The ${name} said 40 people died, ${Name} reported.`,
    `About 5 ${name}s and 3 ${name} ${name} were found, according to ${Name}.`,
    `${name} 9,000 ${name}, $5 ${name}, 7 % ${name}, 3 ${name} of ${name}, twelve ${name}.`,
    `"We saw 30 ${name}," ${Name} ${name} said on ${name} 14.`,
    `${Name} ${Name} told ${Name} News that ${name} million ${name} were spent in ${Name}.`,
  ]
}

describe('compare: Object.prototype names are ordinary words', () => {
  it('has names to test', () => {
    expect(names).toContain('constructor')
    expect(names).toContain('__proto__')
  })

  for (const name of names) {
    it(`'${name}' next to figures`, () => {
      const texts = sentences(name)
      for (const text of texts) expect(() => extractDetails(text)).not.toThrow()
      const report = compare([texts.join(' '), texts.join(' ').replaceAll('12', '14')])
      expect(report.articles).toHaveLength(2)
      expect(() => JSON.stringify(report)).not.toThrow()
    })
  }
})

describe('the CLI: Object.prototype names are unknown keys, not table entries', () => {
  for (const name of names) {
    it(`--fail-on ${name} is a usage error; '${name}:' in front matter is ignored`, () => {
      let error: unknown
      try {
        parseFailOn(name, 'compare')
      } catch (caught) {
        error = caught
      }
      expect(isCorroborateError(error)).toBe(true)
      expect(frontMatter(`---\n${name}: x\n---\nText.`).fields).toEqual({})
    })
  }
})
