// groupByEvent is linear on markup-like text and has the input size limit of the other entry
// points.
import { describe, expect, it } from 'vitest'
import { groupByEvent } from '../../src/align/group-by-event.js'
import { isCorroborateError } from '../../src/errors.js'

const fire = 'Fire crews fought a warehouse blaze in Eastgate on Tuesday; two firefighters were hurt.'
const vote = 'The council voted to close the Marl Street library after a budget shortfall.'

function codeOf(run: () => unknown): string | undefined {
  try {
    run()
  } catch (error) {
    return isCorroborateError(error) ? error.code : `raw ${String(error)}`
  }
  return undefined
}

describe('groupByEvent limits', () => {
  for (const [name, filler] of [
    ['tag openers', '<a '],
    ['bare "<"', '<'],
    ['guillemets', '‹'],
  ] as const) {
    // No clock: on 2 MB a quadratic pass takes about 10^12 steps, far past the test's timeout on
    // any machine; a linear one takes well under a second.
    it(`is linear on 2 MB of ${name}`, () => {
      const groups = groupByEvent([filler.repeat((2 << 20) / filler.length) + fire, fire, vote])
      expect(groups.flat()).toHaveLength(3)
    })
  }

  it('still drops tags, of any length, before comparing texts', () => {
    const tagged = `<p class="${'x'.repeat(500)}">${fire}</p><div data-note="Marl Street library council">`
    const groups = groupByEvent([tagged, vote, fire])
    expect(groups.map((group) => group.length).sort()).toEqual([1, 2])
    expect(groups.find((group) => group.includes(tagged))).toContain(fire)
  })

  it('refuses an article above maxInputLength: E_INPUT_TOO_LARGE', () => {
    expect(codeOf(() => groupByEvent([fire, vote], { maxInputLength: 40 }))).toBe('E_INPUT_TOO_LARGE')
    expect(codeOf(() => groupByEvent([fire, vote], { maxInputLength: -1 }))).toBe('E_OPTION')
    expect(codeOf(() => groupByEvent([fire, vote]))).toBeUndefined()
  })
})
