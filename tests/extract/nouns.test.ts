// The one table of noun forms: subjects read singular, messages print the right plural.
import { describe, expect, it } from 'vitest'
import { normalizeSubject } from '../../src/extract/normalize.js'
import { pluralOf, singularOf } from '../../src/extract/nouns.js'
import { unitTable } from '../../src/extract/units.js'

describe('pluralOf', () => {
  it.each([
    ['bus', 'buses'],
    ['school bus', 'school buses'],
    ['inch', 'inches'],
    ['foot', 'feet'],
    ['person', 'people'],
    ['people', 'people'],
    ['child', 'children'],
    ['children', 'children'],
    ['gunman', 'gunmen'],
    ['gunmen', 'gunmen'],
    ['human', 'humans'],
    ['specimen', 'specimens'],
    ['glass', 'glasses'],
    ['crisis', 'crises'],
    ['virus', 'viruses'],
    ['knife', 'knives'],
    ['hero', 'heroes'],
    ['city', 'cities'],
    ['day', 'days'],
    ['church', 'churches'],
    ['police', 'police'],
    ['sheep', 'sheep'],
    ['troops', 'troops'],
    ['deaths', 'deaths'],
    ['police officer', 'police officers'],
  ])('%s -> %s', (singular, plural) => {
    expect(pluralOf(singular)).toBe(plural)
  })

  it('gives every unit its plural from the unit table', () => {
    for (const entry of unitTable) expect(pluralOf(entry.singular)).toBe(entry.plural)
  })
})

describe('singularOf and the subjects it makes', () => {
  it.each([
    ['buses', 'bus'],
    ['houses', 'house'],
    ['viruses', 'virus'],
    ['knives', 'knife'],
    ['heroes', 'hero'],
    ['crises', 'crisis'],
    ['cities', 'city'],
    ['churches', 'church'],
    ['vehicles', 'vehicle'],
    ['people', 'people'],
    ['children', 'children'],
    ['species', 'species'],
    ['series', 'series'],
    ['glass', 'glass'],
    ['inches', 'inch'],
  ])('%s -> %s', (plural, singular) => {
    expect(singularOf(plural)).toBe(singular)
  })

  it.each(['bus', 'house', 'knife', 'hero', 'city', 'inch', 'foot', 'vehicle', 'tank', 'nurse', 'gas'])(
    'a subject read from %s and from its plural is one subject, and prints as that plural',
    (singular) => {
      const plural = pluralOf(singular)
      expect(normalizeSubject(plural)).toBe(normalizeSubject(singular))
      expect(pluralOf(normalizeSubject(plural))).toBe(plural)
    },
  )
})
