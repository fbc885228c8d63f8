import { describe, expect, it } from 'vitest'
import { once } from '../../src/text/once.js'

describe('once', () => {
  it('builds on the first call only and returns the same value after', () => {
    let builds = 0
    const table = once(() => {
      builds++
      return new Set(['a'])
    })
    expect(builds).toBe(0)
    expect(table()).toBe(table())
    expect(builds).toBe(1)
  })

  it('remembers a value that is undefined', () => {
    let builds = 0
    const nothing = once(() => {
      builds++
      return undefined
    })
    nothing()
    nothing()
    expect(builds).toBe(1)
  })
})
