// An async similarity hook that never settles, throws, or answers off the 0..1 scale, ends the
// run with a CorroborateError instead of leaving compareAsync pending or aligning wrongly.
import { describe, expect, it } from 'vitest'
import { defaultSimilarityTimeout } from '../../src/align/similarity.js'
import { compare, compareAsync } from '../../src/compare/index.js'
import { isCorroborateError } from '../../src/errors.js'

const articles = [
  'Police said 12 people were killed when the ferry capsized on Thursday.',
  'Police said 14 people were killed when the ferry capsized on Thursday.',
]

async function codeOf(run: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await run()
  } catch (error) {
    return isCorroborateError(error) ? `${error.code}: ${error.message}` : `raw ${String(error)}`
  }
  return undefined
}

describe('compareAsync with a misbehaving similarity hook', () => {
  it('has a documented default timeout', () => {
    expect(defaultSimilarityTimeout).toBe(30_000)
  })

  it('fails with E_ASYNC_HOOK when the hook never settles', async () => {
    // Without the timeout this would never settle, and the test's own timeout would fail it.
    const never = () => new Promise<number>(() => {})
    const outcome = await codeOf(() => compareAsync(articles, { similarity: never, similarityTimeout: 50 }))
    expect(outcome).toMatch(/^E_ASYNC_HOOK: options.similarity did not answer within 50 ms/)
  })

  it('waits for a slow hook within the timeout', async () => {
    const slow = () => new Promise<number>((resolve) => setTimeout(() => resolve(0.9), 20))
    const report = await compareAsync(articles, { similarity: slow, similarityTimeout: 5000 })
    expect(report.claims[0]!.statementIds).toHaveLength(2)
  })

  it.each([1.5, -0.2, Number.POSITIVE_INFINITY, Number.NaN])(
    'refuses a score of %s like NaN',
    async (score) => {
      const outcome = await codeOf(() => compareAsync(articles, { similarity: async () => score }))
      expect(outcome).toMatch(/^E_OPTION: .*must return a number from 0 to 1/)
    },
  )

  it.each([0, -1, Number.NaN, '50'])('refuses similarityTimeout %s', async (value) => {
    const outcome = await codeOf(() =>
      compareAsync(articles, { similarity: async () => 0.5, similarityTimeout: value as number }),
    )
    expect(outcome).toMatch(/^E_OPTION: Option 'similarityTimeout'/)
  })

  it.each([
    [
      'a hook that throws',
      () =>
        compareAsync(articles, {
          similarity: () => {
            throw new Error('model offline')
          },
        }),
    ],
    [
      'a hook whose Promise rejects',
      () =>
        compareAsync(articles, {
          similarity: async () => {
            throw new Error('HTTP 503')
          },
        }),
    ],
    [
      'a hook that throws a string',
      () =>
        compareAsync(articles, {
          similarity: () => {
            throw 'quota'
          },
        }),
    ],
    [
      'a synchronous hook through compare',
      async () =>
        compare(articles, {
          similarity: () => {
            throw new TypeError('bad vector')
          },
        }),
    ],
  ])('names %s in an E_OPTION error, never a raw one', async (_kind, run) => {
    const outcome = await codeOf(run)
    expect(outcome).toMatch(
      /^E_OPTION: options.similarity threw for '.+' and '.+': (model offline|HTTP 503|quota|bad vector)$/,
    )
  })

  it('takes Infinity as no limit', async () => {
    const report = await compareAsync(articles, { similarity: async () => 0.5, similarityTimeout: Infinity })
    expect(report.claims.length).toBeGreaterThan(0)
  })
})
