import { describe, expect, it } from 'vitest'
import { eventsFromLines } from '../../src/batch/events.js'
import { errorLine, eventOfLine } from '../../src/batch/line.js'
import { CorroborateError } from '../../src/errors.js'

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = []
  for await (const item of items) out.push(item)
  return out
}

const line = (fields: Record<string, unknown>) => JSON.stringify(fields)

describe('eventsFromLines', () => {
  it('passes each run of consecutive lines with one event key on as one event', async () => {
    const lines = [
      line({ event: 'a', id: 'wire', text: 'One.' }),
      line({ event: 'a', id: 'post', outlet: 'Post', text: 'Two.' }),
      '',
      line({ event: 7, text: 'Three.' }),
    ]
    expect(await collect(eventsFromLines(lines))).toEqual([
      {
        event: 'a',
        articles: [
          { id: 'wire', text: 'One.' },
          { id: 'post', outlet: 'Post', text: 'Two.' },
        ],
      },
      { event: '7', articles: [{ text: 'Three.' }] },
    ])
  })

  it('reads another event field with eventKey', async () => {
    const events = await collect(
      eventsFromLines([line({ story: 's1', text: 'One.' })], { eventKey: 'story' }),
    )
    expect(events.map((event) => event.event)).toEqual(['s1'])
  })

  it('skips and reports lines it cannot read, and an event whose articles are not together', async () => {
    const invalid: string[] = []
    const lines = [
      line({ event: 'a', text: 'One.' }),
      '{not json',
      line({ event: 'b', text: 'Two.' }),
      line({ event: 'a', text: 'Late.' }),
      line({ event: 'b', text: 3 }),
      '[1, 2]',
    ]
    const events = await collect(
      eventsFromLines(lines, { onInvalid: (n, message) => invalid.push(`${n}: ${message}`) }),
    )
    expect(events.map((event) => [event.event, event.articles.length])).toEqual([
      ['a', 1],
      ['b', 1],
    ])
    expect(invalid.map((message) => message.slice(0, 40))).toEqual([
      expect.stringMatching(/^2: not JSON \(/),
      "4: event 'a' was already passed: put eac",
      '5: has no "text" string',
      '6: must be an object like {"event": "...',
    ])
  })

  // An object as the key was the event '[object Object]'.
  it('skips a line whose event key is neither a string nor a number', async () => {
    const invalid: string[] = []
    const lines = [line({ event: { day: 1 }, text: 'One.' }), line({ event: 7, text: 'Two.' })]
    const events = await collect(
      eventsFromLines(lines, { onInvalid: (n, message) => invalid.push(`${n}: ${message}`) }),
    )
    expect(events.map((event) => event.event)).toEqual(['7'])
    expect(invalid).toEqual(['1: has an "event" that is not a string or a number'])
  })

  // batch and enqueue dropped a misspelt field with its value, where compare names it.
  it('skips a line with a misspelt article field, naming the field meant', async () => {
    const invalid: string[] = []
    const lines = [
      line({ story: 's1', text: 'One.', published_at: '2025-05-09' }),
      line({ story: 's1', text: 'Two.', author: 'Ana Ruiz' }),
    ]
    const events = await collect(
      eventsFromLines(lines, {
        eventKey: 'story',
        onInvalid: (n, message) => invalid.push(`${n}: ${message}`),
      }),
    )
    expect(events.map((event) => event.articles.length)).toEqual([1])
    expect(invalid).toEqual([
      '1: has "published_at", which is no field of an article; did you mean "publishedAt"?',
    ])
  })

  it('throws E_INPUT_TYPE on an unreadable line when no onInvalid is given', async () => {
    await expect(collect(eventsFromLines(['{'], {}))).rejects.toThrow(CorroborateError)
  })

  it('groups the articles without an event key with groupByEvent, at the end', async () => {
    const quake = 'A magnitude 6.1 earthquake struck Tovara province on Monday, killing 12 people.'
    const quake2 = 'Twelve people died when an earthquake of magnitude 6.1 hit Tovara province on Monday.'
    const budget = 'The city council approved a budget of $4 million for new bicycle lanes on Tuesday.'
    const events = await collect(
      eventsFromLines([
        line({ id: 'q1', text: quake }),
        line({ event: 'x', text: 'Keyed.' }),
        line({ id: 'b1', text: budget }),
        line({ text: quake2 }),
      ]),
    )
    expect(events.map((event) => [event.event, event.articles.length])).toEqual([
      ['x', 1],
      ['group:q1', 2],
      ['group:b1', 1],
    ])
    expect(events[1]!.articles.map((article) => (article as { id: string }).id)).toEqual(['q1', 'line-4'])
  })
})

describe('output lines', () => {
  it('start with the event key, which a resumed run reads back without parsing the report', () => {
    const failed = errorLine('ev "1"', new CorroborateError('E_INPUT_EMPTY', 'No articles given.'))
    expect(failed).toEqual({
      event: 'ev "1"',
      ok: false,
      line: '{"event":"ev \\"1\\"","error":{"code":"E_INPUT_EMPTY","message":"No articles given."}}',
    })
    expect(eventOfLine(failed.line)).toBe('ev "1"')
    expect(errorLine('e', new Error('boom')).line).toContain('"code":"E_WORKER"')
  })

  it('reads no event from a line an interrupted run cut short, or from other JSON', () => {
    expect(eventOfLine('{"event":"e1","report":{"schemaVer')).toBeUndefined()
    expect(eventOfLine('{"id":"e1"}')).toBeUndefined()
    expect(eventOfLine('')).toBeUndefined()
  })
})
