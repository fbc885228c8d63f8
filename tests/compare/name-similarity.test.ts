// Option nameSimilarity is the one Jaro-Winkler threshold for names: alignment's spelling
// variants and the comparison of names and speakers all read it, and no other threshold exists.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { nameVariants } from '../../src/align/names.js'
import { compare } from '../../src/compare/index.js'
import { nameKey, sameName, sameNameKey } from '../../src/compare/values.js'

const articles = [
  { id: 'wire', text: 'President Zelensky met the mayor of Kharkiv on Monday, officials said.' },
  { id: 'post', text: 'President Zelenskyy met the mayor of Kharkiv on Monday, officials said.' },
]

function personStatuses(nameSimilarity?: number): string[] {
  const report = compare(articles, nameSimilarity === undefined ? {} : { nameSimilarity })
  return report.claims
    .flatMap((claim) => claim.comparisons)
    .filter((comparison) => comparison.kind === 'person')
    .map((comparison) => comparison.status)
}

describe('option nameSimilarity', () => {
  it('decides whether compare treats two spellings as one person', () => {
    expect(personStatuses()).toEqual(['agree'])
    expect(personStatuses(0.99)).toEqual(['unique', 'unique'])
  })

  it('decides which spellings alignment folds into one name', () => {
    const counts = new Map([
      ['zelensky', 2],
      ['zelenskyy', 1],
    ])
    expect(nameVariants(counts).get('zelenskyy')).toBe('zelensky')
    expect(nameVariants(counts, 0.99).get('zelenskyy')).toBe('zelenskyy')
  })

  it('decides sameName, which names and speakers are compared by', () => {
    expect(sameName('Zelensky', 'Zelenskyy')).toBe(true)
    expect(sameName('Zelensky', 'Zelenskyy', 0.99)).toBe(false)
  })

  it('gives sameNameKey, on names folded once, the verdict of sameName', () => {
    const names = [
      'Zelensky',
      'Volodymyr Zelenskyy',
      'the Red Cross',
      'red cross',
      'Ana Ortiz',
      'Ana Ruiz',
      'Ortiz',
      'Ruiz',
      '',
    ]
    for (const a of names) {
      for (const b of names) {
        for (const threshold of [0.8, 0.93, 0.99]) {
          expect(sameNameKey(nameKey(a), nameKey(b), threshold), `${a} / ${b} at ${threshold}`).toBe(
            sameName(a, b, threshold),
          )
        }
      }
    }
    expect(sameNameKey(nameKey('Zelensky'), nameKey('Volodymyr Zelenskyy'), 0.93)).toBe(true)
    expect(sameNameKey(nameKey('Ana Ortiz'), nameKey('Ana Ruiz'), 0.93)).toBe(false)
  })

  it('is the only name threshold: no Jaro-Winkler call in src compares with a literal', () => {
    const src = join(import.meta.dirname, '..', '..', 'src')
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((file) =>
      file.endsWith('.ts'),
    )
    const literal = /nameSimilarity\([^()]*\)\s*[<>]=?\s*\d/
    expect(files.filter((file) => literal.test(readFileSync(join(src, file), 'utf8')))).toEqual([])
  })
})
