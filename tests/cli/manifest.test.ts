import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadArticles } from '../../src/cli/load.js'
import { withManifestMarkers } from '../../src/cli/manifest.js'
import { type CorroborateError, isCorroborateError } from '../../src/errors.js'
import type { Report, Statement } from '../../src/types.js'
import { expectInputError, fakeIo, run } from './support.js'

// A manifest is a .json object `{ event?, outletMarkers?, articles }` whose articles may name
// a `file` (relative to the manifest) instead of giving their `text`. The fictional event: the
// Dunmore channel reopens after a landslide, covered by a wire, a paper and a radio station.

const wire =
  'DUNMORE (Kestrel Wire) - The Dunmore shipping channel reopened on Monday after 41 days, ' +
  'the port authority said.\n\nAbout 30 barges waited to pass, said harbour master Ruth Ansel.\n'
const paper = [
  '---',
  'outlet: The Dunmore Echo',
  'title: "Channel open again: barges move at last"',
  'publishedAt: 2025-09-09',
  '---',
  '',
  '# Channel open again',
  '',
  'The shipping channel reopened on Monday after 44 days, the port authority said.',
  '',
].join('\n')
const radio = '<p>The channel reopened on Monday after 41 days, said Kestrel Wire2.</p>\n'

let root: string
const manifest = (name: string, value: unknown) =>
  writeFileSync(join(root, 'desk', name), typeof value === 'string' ? value : JSON.stringify(value))

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'corroborate-manifest-'))
  mkdirSync(join(root, 'desk', 'articles'), { recursive: true })
  writeFileSync(join(root, 'desk', 'articles', 'kestrel.txt'), wire)
  writeFileSync(join(root, 'desk', 'articles', 'echo.md'), paper)
  writeFileSync(join(root, 'desk', 'articles', 'radio.html'), radio)
  manifest('sources.json', {
    event: 'Dunmore channel reopens',
    outletMarkers: ['Kestrel Wire', 'Dunmore Echo'],
    articles: [
      {
        file: 'articles/kestrel.txt',
        id: 'kestrel',
        outlet: 'Kestrel Wire',
        publishedAt: '2025-09-08T10:00:00Z',
        url: 'https://example.org/kestrel/dunmore',
      },
      { file: 'articles/echo.md', id: 'echo', title: 'Channel open again' },
      { id: 'bay-radio', outlet: 'Bay Radio', text: 'Bay Radio said 41 days had passed.' },
    ],
  })
  manifest('radio.json', {
    outletMarkers: ['Kestrel Wire'],
    articles: [{ file: './articles/radio.html', outlet: 'Bay Radio' }],
  })
  manifest('markers-only-in-config.json', { articles: [{ file: 'articles/radio.html' }] })
  manifest('missing.json', { articles: [{ file: 'articles/kestrel.txt' }, { file: 'articles/gone.txt' }] })
  manifest('both.json', { articles: [{ file: 'articles/kestrel.txt', text: 'Also text.' }] })
  manifest('neither.json', { articles: [{ outlet: 'Kestrel Wire' }] })
  manifest('file-number.json', { articles: [{ file: 7 }] })
  manifest('nested.json', { articles: [{ file: 'sources.json' }] })
  manifest('typo.json', { outletMarker: ['Kestrel Wire'], articles: [{ file: 'articles/kestrel.txt' }] })
  // Without 'articles' it was read as one article with no text.
  manifest('articles-typo.json', { event: 'Dam', articels: [{ file: 'articles/kestrel.txt' }] })
  manifest('markers.json', { outletMarkers: 'Kestrel Wire', articles: [{ file: 'articles/kestrel.txt' }] })
  manifest('event.json', { event: 12, articles: [{ file: 'articles/kestrel.txt' }] })
  manifest('no-list.json', { articles: { file: 'articles/kestrel.txt' } })
  manifest('empty.json', { event: 'Dunmore channel reopens', articles: [] })
  manifest('lines.jsonl', `${JSON.stringify({ file: 'articles/kestrel.txt', outlet: 'Kestrel Wire' })}\n`)
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

async function load(specs: string[]) {
  return loadArticles(specs, fakeIo({ cwd: root }).io)
}

async function loadError(specs: string[]): Promise<CorroborateError> {
  try {
    await load(specs)
  } catch (error) {
    if (isCorroborateError(error)) return error
    throw error
  }
  throw new Error('expected a CorroborateError')
}

describe('a manifest object { event, outletMarkers, articles }', () => {
  it('reads each file entry relative to the manifest, not to the working directory', async () => {
    const loaded = await load(['desk/sources.json'])
    expect(loaded.map((article) => article.label)).toEqual([
      join('desk', 'articles', 'kestrel.txt'),
      join('desk', 'articles', 'echo.md'),
      join('desk', 'sources.json'),
    ])
    expect(loaded[0]?.input.text).toBe(wire)
  })

  it("takes metadata from the entry, the file's front matter and its extension, the entry winning", async () => {
    const [kestrel, echo, bay] = await load(['desk/sources.json'])
    expect(kestrel?.input).toMatchObject({
      id: 'kestrel',
      outlet: 'Kestrel Wire',
      publishedAt: '2025-09-08T10:00:00Z',
      url: 'https://example.org/kestrel/dunmore',
      format: 'text',
    })
    expect(echo?.input).toMatchObject({
      id: 'echo',
      outlet: 'The Dunmore Echo',
      title: 'Channel open again',
      publishedAt: '2025-09-09',
      format: 'markdown',
    })
    expect(bay?.input).toEqual({
      id: 'bay-radio',
      outlet: 'Bay Radio',
      text: 'Bay Radio said 41 days had passed.',
    })
  })

  it('names a file entry without an id after its file, like a plain file', async () => {
    const [radioArticle] = await load(['desk/radio.json'])
    expect(radioArticle?.input).toMatchObject({ id: 'radio', outlet: 'Bay Radio', format: 'html' })
    expect(radioArticle?.record).toBeUndefined()
  })

  it('blanks the front matter of a referenced file without moving a line or column', async () => {
    const [, echo] = await load(['desk/sources.json'])
    const text = echo!.input.text
    expect(text.length).toBe(paper.length)
    expect(text).not.toContain('outlet:')
    expect(text.split('\n')[6]).toBe('# Channel open again')
  })

  it('keeps an inline text entry labelled by the manifest with its record number', async () => {
    const loaded = await load(['desk/sources.json'])
    expect(loaded[2]?.record).toBe(3)
  })

  it("carries the manifest's outlet markers on each of its articles", async () => {
    const loaded = await load(['desk/sources.json'])
    expect(loaded.map((article) => article.outletMarkers)).toEqual([
      ['Kestrel Wire', 'Dunmore Echo'],
      ['Kestrel Wire', 'Dunmore Echo'],
      ['Kestrel Wire', 'Dunmore Echo'],
    ])
  })

  it('reads file entries in .jsonl files too, relative to that file', async () => {
    const [article] = await load(['desk/lines.jsonl'])
    expect(article?.label).toBe(join('desk', 'articles', 'kestrel.txt'))
    expect(article?.input).toMatchObject({ id: 'kestrel', outlet: 'Kestrel Wire', text: wire })
  })

  it('still reads a plain array, and a single article object, as before', async () => {
    manifest('array.json', [{ outlet: 'Bay Radio', text: 'The channel reopened.' }])
    manifest('single.json', { outlet: 'Bay Radio', text: 'The channel reopened.' })
    for (const name of ['array.json', 'single.json']) {
      const loaded = await load([`desk/${name}`])
      expect(loaded.map((article) => [article.input.outlet, article.record])).toEqual([['Bay Radio', 1]])
    }
  })
})

describe('withManifestMarkers', () => {
  it("adds the manifests' markers after the options' own, each name once", async () => {
    const loaded = await load(['desk/sources.json', 'desk/radio.json'])
    const options = withManifestMarkers(
      { threshold: 0.4, outletMarkers: ['Bay Radio', 'Kestrel Wire'] },
      loaded,
    )
    expect(options).toEqual({ threshold: 0.4, outletMarkers: ['Bay Radio', 'Kestrel Wire', 'Dunmore Echo'] })
  })

  it('returns the options untouched when no manifest names markers', async () => {
    const options = { threshold: 0.4 }
    expect(withManifestMarkers(options, await load(['desk/markers-only-in-config.json']))).toBe(options)
  })
})

describe('corroborate with a manifest', () => {
  it('compare uses the metadata and records the outlet markers in the effective options', async () => {
    const result = await run(['compare', 'desk/sources.json', '--format', 'json'], { cwd: root })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const report = JSON.parse(result.stdout) as Report
    expect(report.articles.map((article) => [article.id, article.outlet, article.publishedAt])).toEqual([
      ['kestrel', 'Kestrel Wire', '2025-09-08T10:00:00Z'],
      ['echo', 'The Dunmore Echo', '2025-09-09'],
      ['bay-radio', 'Bay Radio', null],
    ])
    expect(report.options.outletMarkers).toEqual(['Kestrel Wire', 'Dunmore Echo'])
    const diverging = report.claims
      .flatMap((claim) => claim.comparisons)
      .filter((comparison) => comparison.status === 'diverge')
      .map((comparison) => comparison.values.map((value) => `${value.articleId}: ${value.detail.text}`))
    expect(diverging).toContainEqual(['kestrel: 41 days', 'echo: 44 days'])
  })

  it("segment recognises a manifest's outlet marker glued to a reference number", async () => {
    const withMarkers = await run(['segment', 'desk/radio.json', '--format', 'json'], { cwd: root })
    const without = await run(['segment', 'desk/markers-only-in-config.json', '--format', 'json'], {
      cwd: root,
    })
    const citations = (stdout: string) => (JSON.parse(stdout) as Statement[]).flatMap((s) => s.citations)
    expect(citations(withMarkers.stdout)).toContainEqual(
      expect.objectContaining({ kind: 'marker', source: 'Kestrel Wire' }),
    )
    expect(citations(without.stdout).filter((citation) => citation.kind === 'marker')).toEqual([])
  })

  it('points GitHub annotations of a file entry at the article file, not the manifest', async () => {
    const result = await run(['compare', 'desk/sources.json', '--format', 'github'], { cwd: root })
    expect(result.code).toBe(0)
    const files = new Set([...result.stdout.matchAll(/file=([^,]+),/g)].map((match) => match[1]))
    expect(files.size).toBeGreaterThan(0)
    for (const file of files) expect(['desk/articles/kestrel.txt', 'desk/articles/echo.md']).toContain(file)
  })

  it('exits 2 with one line naming the manifest and the missing file', async () => {
    const result = await run(['compare', 'desk/missing.json'], { cwd: root })
    expectInputError(
      result,
      `desk/missing.json (article 2): cannot read desk/articles/gone.txt: no such file`,
    )
  })

  it.each([
    ['both.json', 'desk/both.json (article 1) has both "text" and "file"; give one of them'],
    ['neither.json', 'desk/neither.json (article 1) has no "text" string or "file" path'],
  ])('exits 2 on an entry with both or neither of text and file: %s', async (name, message) => {
    expectInputError(await run(['compare', `desk/${name}`], { cwd: root }), message)
  })
})

describe('manifest errors name the manifest and say what to do', () => {
  it.each([
    ['file-number.json', 'desk/file-number.json (article 1) has a "file" that is not a string'],
    ['nested.json', 'names sources.json; a "file" must be an article (text, Markdown or HTML), not JSON'],
    ['typo.json', "desk/typo.json has an unknown key 'outletMarker'. Did you mean 'outletMarkers'?"],
    ['articles-typo.json', "desk/articles-typo.json has an unknown key 'articels'. Did you mean 'articles'?"],
    ['markers.json', 'desk/markers.json has "outletMarkers" that is not a list of outlet names'],
    ['event.json', 'desk/event.json has an "event" that is not a string'],
    ['no-list.json', 'desk/no-list.json has "articles" that is not a list'],
    ['empty.json', 'desk/empty.json has an empty "articles" list; add articles to it'],
  ])('%s', async (name, message) => {
    const error = await loadError([`desk/${name}`])
    expect(error.code).toBe('E_FILE')
    expect(error.message).toContain(message)
    expect(error.message).not.toContain('\n')
  })
})
