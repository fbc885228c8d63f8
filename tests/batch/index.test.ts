// The pool runs dist/batch/worker.js in worker threads, so these use the built package
// (tests/support/build-once.ts builds it).
import { type BatchEvent, compareEventLines, compareEvents } from 'corroborate/batch'
import { collectReports, enqueueEvents, runQueueWorker } from 'corroborate/queue'
import { describe, expect, it } from 'vitest'

const wire =
  'Police said 12 people were killed when the ferry Marisol capsized on the River Aske on Thursday.'
const gazette = 'Police said 14 people were killed when the Marisol capsized on the River Aske on Thursday.'

function events(count: number): BatchEvent[] {
  return Array.from({ length: count }, (_, i) => ({
    event: `e${i}`,
    articles: [
      { id: 'wire', text: wire },
      { id: 'gazette', text: gazette },
    ],
  }))
}

describe('compareEvents', () => {
  it('yields one report for every event, and an error for an event that fails, without stopping', async () => {
    const input: BatchEvent[] = [...events(3), { event: 'empty', articles: [] }]
    const results = []
    for await (const result of compareEvents(input, { jobs: 2 })) results.push(result)
    expect(results.map((result) => result.event).sort()).toEqual(['e0', 'e1', 'e2', 'empty'])
    const failed = results.find((result) => result.event === 'empty')
    expect(failed).toEqual({ event: 'empty', error: { code: 'E_INPUT_EMPTY', message: expect.any(String) } })
    for (const result of results.filter((result) => result.event !== 'empty')) {
      if (!('report' in result)) throw new Error(`no report for ${result.event}`)
      expect(result.report.stats.disputed).toBe(1)
    }
  })

  it('skips the events a resumed run already has', async () => {
    const lines = []
    for await (const line of compareEventLines(events(4), { jobs: 1, skip: (event) => event !== 'e2' })) {
      lines.push(line)
    }
    expect(lines.map((line) => [line.event, line.ok])).toEqual([['e2', true]])
    expect(lines[0]!.line.startsWith('{"event":"e2","report":{')).toBe(true)
  })

  it('reads events only as results are taken: at most two a worker ahead', async () => {
    let pulled = 0
    let taken = 0
    let mostAhead = 0
    async function* source(): AsyncGenerator<BatchEvent> {
      for (const event of events(12)) {
        pulled++
        yield event
      }
    }
    for await (const _ of compareEventLines(source(), { jobs: 2 })) {
      taken++
      mostAhead = Math.max(mostAhead, pulled - taken)
    }
    expect(taken).toBe(12)
    expect(mostAhead).toBeLessThanOrEqual(3)
  })

  it.each([
    ['named by id', { id: 'ferry', articles: [wire, gazette] }, 'an object with id, articles'],
    ['a bare list of articles', [wire, gazette], 'an array'],
    ['null', null, 'null'],
  ])('refuses an event %s with E_INPUT_TYPE saying what an event is', async (_kind, event, shown) => {
    const run = compareEvents([event as unknown as BatchEvent], { jobs: 1 })
    await expect(run.next()).rejects.toMatchObject({
      code: 'E_INPUT_TYPE',
      message: `event 1 must be { event: 'a name', articles: [...] }; received ${shown}`,
    })
  })

  it.each([
    [
      { jobs: 1, threshold: 0.5 },
      "'threshold' is an option of compare: give it inside options, as { options: { threshold: ... } }",
    ],
    [{ job: 1 }, "unknown batch option 'job'; did you mean 'jobs'?"],
    [{ workers: 2 }, "unknown batch option 'workers'; use jobs, options, skip"],
  ])('refuses %j, a field batch would have ignored, with E_OPTION', async (options, message) => {
    const run = compareEvents(events(1), options as never)
    await expect(run.next()).rejects.toMatchObject({ code: 'E_OPTION', message })
  })

  it('refuses a field enqueueEvents lacks before it connects to Redis', async () => {
    // No Redis here: the check comes first, as the similarity hook's does.
    await expect(
      enqueueEvents([], { redis: 'redis://127.0.0.1:1', threshold: 0.5 } as never),
    ).rejects.toMatchObject({
      code: 'E_OPTION',
      message:
        "'threshold' is an option of compare: give it inside options, as { options: { threshold: ... } }",
    })
    await expect(enqueueEvents([], { queu: 'news' } as never)).rejects.toMatchObject({
      code: 'E_OPTION',
      message: "unknown enqueueEvents option 'queu'; did you mean 'queue'?",
    })
  })

  it('refuses a field the queue worker or the collector lacks, before either connects to Redis', async () => {
    expect(() => runQueueWorker({ redis: 'redis://127.0.0.1:1', concurency: 2 } as never)).toThrow(
      expect.objectContaining({
        code: 'E_OPTION',
        message: "unknown runQueueWorker option 'concurency'; did you mean 'concurrency'?",
      }),
    )
    const collecting = collectReports({ redis: 'redis://127.0.0.1:1', polMs: 50 } as never)
    await expect(collecting.next()).rejects.toMatchObject({
      code: 'E_OPTION',
      message: "unknown collectReports option 'polMs'; did you mean 'pollMs'?",
    })
  })

  it('refuses a similarity hook, which cannot reach worker threads', async () => {
    const run = compareEvents(events(1), { options: { similarity: () => 1 } })
    await expect(run.next()).rejects.toMatchObject({ code: 'E_OPTION' })
  })

  it('refuses extractors, refiners and a language, which hold code and Sets', async () => {
    const extractor = { name: 'x', pattern: /x/g, extract: () => null }
    for (const options of [{ extractors: [extractor] }, { refiners: [{ name: 'r', refine: () => [] }] }]) {
      const run = compareEvents(events(1), { options })
      await expect(run.next()).rejects.toMatchObject({
        code: 'E_OPTION',
        message: expect.stringContaining('cannot reach worker threads'),
      })
    }
  })
})
