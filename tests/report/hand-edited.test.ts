// render() on a report someone edited by hand: it names the first bad field (E_REPORT) or
// renders; a raw TypeError never escapes. Mutations are seeded, so a failure repeats.
import { describe, expect, it } from 'vitest'
import { compare } from '../../src/compare/index.js'
import { isCorroborateError } from '../../src/errors.js'
import { render } from '../../src/report/index.js'
import type { RenderFormat, Report } from '../../src/types.js'
import { propertyRuns } from '../support/suite.js'

const formats: RenderFormat[] = ['json', 'markdown', 'text', 'html', 'sarif', 'github']

const base = JSON.parse(
  JSON.stringify(
    compare([
      {
        id: 'wire',
        outlet: 'Wire',
        url: 'https://wire.example/a',
        text: 'Police said 12 people were killed when the ferry capsized on Thursday. "We are devastated," said Mayor Ana Ortiz. The ferry carried $30 million of cargo.',
      },
      {
        id: 'gazette',
        outlet: 'Gazette',
        text: 'Police said 14 people were killed when the ferry capsized on Friday. "We are heartbroken," Mayor Ana Ortiz said. About 85 passengers were aboard.',
      },
      { id: 'empty', text: ' ' },
    ]),
  ),
) as Report

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** Every path to a value in `value`, as lists of keys. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const found: (string | number)[][] = [prefix]
  if (Array.isArray(value))
    for (const [i, item] of value.entries()) found.push(...paths(item, [...prefix, i]))
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) found.push(...paths(item, [...prefix, key]))
  return found
}

const replacements: (Json | undefined)[] = [undefined, null, 'x', 42, -1, 1e300, [], {}, true, '']

function mutated(path: (string | number)[], replacement: Json | undefined): unknown {
  const copy = structuredClone(base) as unknown as Json
  if (path.length === 0) return replacement
  let parent = copy as Record<string | number, Json>
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>
  const last = path.at(-1)!
  if (replacement === undefined) {
    if (Array.isArray(parent)) parent.splice(last as number, 1)
    else delete parent[last]
  } else parent[last] = replacement
  return copy
}

/** A small seeded generator (mulberry32), so the sample is the same on every run. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

describe('render() on a hand-edited report', () => {
  it('renders the report as compare wrote it', () => {
    for (const format of formats) expect(() => render(base, format)).not.toThrow()
  })

  it('names the first bad field with E_REPORT', () => {
    const edited = mutated(['claims', 0, 'score'], '0.9') as Report
    expect(() => render(edited, 'text')).toThrow(
      expect.objectContaining({
        code: 'E_REPORT',
        message: expect.stringMatching(
          /^report\.claims\[0\]\.score must be a finite number; received '0\.9'/,
        ),
      }),
    )
    // The option the text report reads, as a string or an object with no prototype (no
    // toString: comparing it threw a raw TypeError).
    for (const cutoff of ['0.5', Object.create(null) as Json, {}]) {
      const edited = mutated(['options', 'minConflictConfidence'], cutoff) as Report
      for (const format of formats)
        expect(() => render(edited, format)).toThrow(
          /^report\.options\.minConflictConfidence must be a finite number/,
        )
    }
    const noText = mutated(['articles', 1, 'statements', 0, 'text'], undefined) as Report
    expect(() => render(noText, 'html')).toThrow(
      /^report\.articles\[1\]\.statements\[0\]\.text must be a string; received nothing/,
    )
  })

  // A new user's dangling statement id made the claim's statements vanish from the output.
  it('refuses a claim or finding that points at nothing, and a score outside 0..1', () => {
    const dangling = mutated(['claims', 0, 'statementIds', 0], 'wire#99') as Report
    expect(() => render(dangling, 'text')).toThrow(
      /^report\.claims\[0\]\.statementIds \(claim c1\) names 'wire#99', which no article of report\.articles holds/,
    )
    const scored = mutated(['claims', 0, 'score'], 5) as Report
    expect(() => render(scored, 'text')).toThrow(
      /^report\.claims\[0\]\.score \(claim c1\) is 5, outside 0\.\.1/,
    )
    const ghost = mutated(['findings', 0, 'articleId'], 'ghost') as Report
    expect(() => render(ghost, 'sarif')).toThrow(
      /^report\.findings\[0\]\.articleId is 'ghost', which is no article of report\.articles/,
    )
  })

  it('refuses a schema version it cannot read rather than guess at its fields', () => {
    // A later major version may rename or retype any field, so it is E_REPORT, not a report
    // printed with the wrong values; a later minor of the current major only adds fields.
    // Each says which way the version is off: newer, older, or no version at all.
    const refusals: [string, RegExp][] = [
      [
        '3.0.0',
        /^report\.schemaVersion is '3\.0\.0', a later major version than .*a newer corroborate wrote it/,
      ],
      ['0.9.0', /^report\.schemaVersion is '0\.9\.0', older than any schema .*compare the articles again/],
      ['two', /^report\.schemaVersion is 'two', not a version such as '2\.\d+\.\d+'/],
      ['2.0', /^report\.schemaVersion is '2\.0', not a version such as/],
      ['', /^report\.schemaVersion is '', not a version such as/],
    ]
    for (const [version, message] of refusals) {
      const edited = mutated(['schemaVersion'], version) as Report
      expect(() => render(edited, 'text'), version).toThrow(
        expect.objectContaining({ code: 'E_REPORT', message: expect.stringMatching(message) }),
      )
    }
    for (const version of ['2.7.1', '1.0.0', '1.1.0']) {
      const edited = mutated(['schemaVersion'], version) as Report
      expect(render(edited, 'text'), version).toBe(render(base, 'text'))
    }
  })

  // The fast suite's mutations are the first 750 of the full suite's 3,000 (one seed).
  const mutations = propertyRuns(3000, 750)
  it(`never lets a raw error escape: ${mutations} seeded mutations in every format`, () => {
    const all = paths(base as unknown as Json)
    const next = random(20261129)
    const raw: string[] = []
    for (let n = 0; n < mutations; n++) {
      const path = all[Math.floor(next() * all.length)]!
      const replacement = replacements[Math.floor(next() * replacements.length)]
      const report = mutated(path, replacement) as Report
      for (const format of formats) {
        try {
          render(report, format)
        } catch (error) {
          if (!isCorroborateError(error))
            raw.push(`${format} ${path.join('.')}=${JSON.stringify(replacement)}: ${String(error)}`)
        }
      }
    }
    expect([...new Set(raw)].slice(0, 20)).toEqual([])
  })
})
