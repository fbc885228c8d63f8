import { describe, expect, it } from 'vitest'
import { currencyCode } from '../../src/extract/currencies.js'
import {
  hedgeInterval,
  hedgeOf,
  hedgeRules,
  normalizeSubject,
  OPEN_END,
} from '../../src/extract/normalize.js'
import { pluralOf } from '../../src/extract/nouns.js'
import { parseNumber, parseOrdinal, parseVague } from '../../src/extract/numbers-in-words.js'
import { quantityUnits, splitUnit, toBase, unitTable } from '../../src/extract/units.js'

describe('parseNumber', () => {
  it.each([
    ['9,000', 9000],
    ['10000', 10000],
    ['3.5', 3.5],
    ['3.5 million', 3_500_000],
    ['240bn', 240e9],
    ['1.2m', 1_200_000],
    ['2.1 trillion', 2.1e12],
    ['nine thousand', 9000],
    ['twenty-five', 25],
    ['one hundred and twenty', 120],
    ['a dozen', 12],
    ['half a million', 500_000],
    ['two million', 2e6],
    ['Forty-two', 42],
  ])('%s is %d', (text, value) => {
    expect(parseNumber(text)).toBe(value)
  })

  it.each(['', 'troops', 'a', '12 apples', 'twenty troops'])('%j is no number', (text) => {
    expect(parseNumber(text)).toBeNull()
  })
})

describe('parseVague', () => {
  it.each([
    ['tens of thousands', { min: 20_000, max: 99_999 }],
    ['hundreds', { min: 200, max: 999 }],
    ['Thousands', { min: 2000, max: 9999 }],
    ['hundreds of thousands', { min: 200_000, max: 999_999 }],
    ['dozens', { min: 24, max: 143 }],
    ['several hundred', { min: 300, max: 900 }],
    ['a few thousand', { min: 2000, max: 5000 }],
  ])('%s is %o', (text, interval) => {
    expect(parseVague(text)).toEqual(interval)
  })
})

describe('parseOrdinal', () => {
  it.each([
    ['first', 1],
    ['second', 2],
    ['3rd', 3],
    ['21st', 21],
    ['twentieth', 20],
  ])('%s is %d', (text, value) => {
    expect(parseOrdinal(text)).toBe(value)
  })
})

describe('hedges', () => {
  it.each([
    ['about', 'about', { min: 9000, max: 9000 }],
    ['Approximately', 'about', { min: 9000, max: 9000 }],
    ['nearly', 'about', { min: 9000, max: 9000 }],
    ['more than', 'more-than', { min: 9000, max: OPEN_END }],
    ['over', 'more-than', { min: 9000, max: OPEN_END }],
    ['at least', 'at-least', { min: 9000, max: OPEN_END }],
    ['up to', 'up-to', { min: 0, max: 9000 }],
    ['as many as', 'up-to', { min: 0, max: 9000 }],
    ['fewer than', 'less-than', { min: 0, max: 9000 }],
    ['less than', 'less-than', { min: 0, max: 9000 }],
  ] as const)("'%s 9,000' is hedge %s, interval %o", (phrase, hedge, interval) => {
    expect(hedgeOf(phrase)).toBe(hedge)
    expect(hedgeInterval(hedge, 9000)).toEqual(interval)
  })

  it('bakes no tolerance into about: compare widens it', () => {
    for (const [phrase, hedge] of Object.entries(hedgeRules)) {
      if (hedge !== 'about') continue
      expect(hedgeInterval(hedgeOf(phrase)!, 40)).toEqual({ min: 40, max: 40 })
    }
  })

  it('keeps open ends JSON-safe', () => {
    expect(Number.isSafeInteger(OPEN_END)).toBe(true)
    expect(JSON.parse(JSON.stringify(hedgeInterval('more-than', 5)))).toEqual({ min: 5, max: OPEN_END })
  })
})

describe('normalizeSubject', () => {
  it.each([
    ['killed', 'deaths'],
    ['dead', 'deaths'],
    ['fatalities', 'deaths'],
    ['wounded', 'injuries'],
    ['soldiers', 'troops'],
    ['troops', 'troops'],
    ['people', 'people'],
    ['vehicles', 'vehicle'],
    ['cities', 'city'],
    ['churches', 'church'],
    ['press', 'press'],
    ['crisis', 'crisis'],
    ['Tanks', 'tank'],
  ])('%s -> %s', (noun, subject) => {
    expect(normalizeSubject(noun)).toBe(subject)
  })
})

describe('currencyCode', () => {
  it.each([
    ['$', 'USD'],
    ['US$', 'USD'],
    ['C$', 'CAD'],
    ['£', 'GBP'],
    ['€', 'EUR'],
    ['yuan', 'CNY'],
    ['RMB', 'CNY'],
    ['roubles', 'RUB'],
    ['Swiss francs', 'CHF'],
    ['NOK', 'NOK'],
  ])('%s is %s', (token, code) => {
    expect(currencyCode(token)).toBe(code)
  })

  it('knows no currency in an ordinary word', () => {
    expect(currencyCode('troops')).toBeNull()
  })
})

describe('units', () => {
  it.each([
    [5, 'km', { value: 5000, unit: 'm' }],
    [3, 'tonnes', { value: 3000, unit: 'kg' }],
    [2, 'hectares', { value: 20_000, unit: 'm2' }],
    [212, 'degrees Fahrenheit', { value: 100, unit: '°C' }],
    [60, 'mph', { value: 96.56064, unit: 'km/h' }],
  ])('%d %s is %o', (value, unit, base) => {
    expect(toBase(value, unit)).toEqual(base)
  })

  it('splits the longest unit spelling off a quantity', () => {
    expect(splitUnit('30 square kilometres')).toEqual({ amount: '30', unit: 'square kilometres' })
    expect(splitUnit('6-mile')).toEqual({ amount: '6', unit: 'mile' })
    expect(splitUnit('12km')).toEqual({ amount: '12', unit: 'km' })
    expect(splitUnit('12 apples')).toBeNull()
  })

  it.each([
    ['inch', 'inches'],
    ['foot', 'feet'],
    ['square mile', 'square miles'],
    ['box', 'boxes'],
    ['city', 'cities'],
    ['day', 'days'],
    ['relief convoy', 'relief convoys'],
  ])('the plural of %s is %s', (singular, plural) => {
    expect(pluralOf(singular)).toBe(plural)
  })

  it('reads every spelling of the unit table, and every plural in it is a spelling', () => {
    for (const entry of unitTable) {
      expect(quantityUnits[entry.plural.toLowerCase()]).toBe(entry.rule)
      expect(toBase(1, entry.singular)?.unit).toBe(entry.rule.base)
    }
    expect(unitTable.some((entry) => entry.plural === 'inchs')).toBe(false)
  })
})
