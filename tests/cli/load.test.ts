import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { decodeText } from '../../src/cli/decode.js'
import { frontMatter } from '../../src/cli/front-matter.js'
import { sanitizeId } from '../../src/cli/ids.js'
import { formatOf } from '../../src/cli/input-format.js'
import { loadArticles } from '../../src/cli/load.js'
import { CorroborateError, isCorroborateError } from '../../src/errors.js'
import { fakeIo, fixtures } from './support.js'

async function load(specs: string[], options: Parameters<typeof fakeIo>[0] = {}) {
  return loadArticles(specs, fakeIo(options).io)
}

async function loadError(specs: string[], cwd = fixtures): Promise<CorroborateError> {
  try {
    await load(specs, { cwd })
  } catch (error) {
    if (isCorroborateError(error)) return error
    throw error
  }
  throw new Error('expected a CorroborateError')
}

describe('loadArticles', () => {
  it('reads a Markdown file with front matter: metadata from it, id from the file name', async () => {
    const [article] = await load(['ferry/harbor-gazette.md'])
    expect(article?.label).toBe('ferry/harbor-gazette.md')
    expect(article?.input).toMatchObject({
      id: 'harbor-gazette',
      outlet: 'Harbor Gazette',
      title: 'Ferry runs aground near Port Alden',
      url: 'https://harbor-gazette.example/ferry-aground',
      publishedAt: '2025-03-14',
      format: 'markdown',
    })
  })

  it('blanks front matter out without moving any line or column', async () => {
    const [article] = await load(['ferry/harbor-gazette.md'])
    const text = article!.input.text
    expect(text).not.toContain('outlet:')
    const lines = text.split('\n')
    expect(lines[6]).toBe('# Ferry runs aground near Port Alden')
    expect(lines.slice(0, 6).every((line) => line.trim() === '')).toBe(true)
  })

  it('reads a text file: outlet is the file name, format from the extension', async () => {
    const [article] = await load(['ferry/northgate-wire.txt'])
    expect(article?.input).toMatchObject({ id: 'northgate-wire', outlet: 'northgate-wire', format: 'text' })
    expect(article?.input.text.startsWith('Ferry aground off Port Alden')).toBe(true)
  })

  it('leaves the format to detection for unknown extensions', async () => {
    const root = mkdtempSync(join(tmpdir(), 'corroborate-io-'))
    writeFileSync(join(root, 'story.article'), 'The ferry ran aground on Thursday.')
    const [article] = await load(['story.article'], { cwd: root })
    expect(article?.input.format).toBeUndefined()
    rmSync(root, { recursive: true })
  })

  it('reads a .json array and a .jsonl file, one article per record, skipping blank lines', async () => {
    const fromJson = await load(['ferry/valley-courier.json'])
    expect(fromJson.map((article) => article.input.outlet)).toEqual(['Valley Courier'])
    expect(fromJson[0]?.input.format).toBe('text')
    const fromLines = await load(['ferry-articles.jsonl'])
    expect(fromLines.map((article) => [article.input.id, article.record])).toEqual([
      ['valley-courier', 1],
      ['bay-radio', 3],
    ])
  })

  it('expands globs in sorted order and keeps argument order between arguments', async () => {
    const loaded = await load(['draft-sourced.md', 'ferry/*'])
    expect(loaded.map((article) => article.label)).toEqual([
      'draft-sourced.md',
      'ferry/harbor-gazette.md',
      'ferry/northgate-wire.txt',
      'ferry/valley-courier.json',
    ])
  })

  it('says that a .json file of one object a line is JSONL, to be named .jsonl', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-jsonl-'))
    writeFileSync(join(dir, 'desk.json'), '{"text":"Ten boats sank."}\n{"text":"Twelve boats sank."}\n')
    try {
      await expect(load(['desk.json'], { cwd: dir })).rejects.toThrow(
        /^desk\.json is not valid JSON: .*; it looks like JSONL \(one JSON object a line\): name it \.jsonl$/,
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('refuses a misspelt field of a JSON article, naming the file, the article and the field meant', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-typo-'))
    writeFileSync(join(dir, 'desk.json'), '[{"text":"Ten boats sank.","published_at":"2025-05-09"}]')
    writeFileSync(join(dir, 'desk.jsonl'), '{"text":"Ten boats sank.","outlte":"Bay Radio"}\n')
    try {
      await expect(load(['desk.json'], { cwd: dir })).rejects.toThrow(
        'desk.json (article 1) has "published_at", which is no field of an article; did you mean "publishedAt"?',
      )
      await expect(load(['desk.jsonl'], { cwd: dir })).rejects.toThrow('desk.jsonl:1 has "outlte"')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('refuses an id a JSON file gives twice, and points a file of several events to batch', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-ids-'))
    writeFileSync(
      join(dir, 'desk.json'),
      '[{"id":"a","text":"Ten boats sank."},{"id":"a","text":"Twelve boats sank."}]',
    )
    writeFileSync(
      join(dir, 'events.jsonl'),
      '{"event":"e1","id":"ap","text":"Ten boats sank."}\n{"event":"e2","id":"ap","text":"The bridge shut."}\n',
    )
    try {
      await expect(load(['desk.json'], { cwd: dir })).rejects.toThrow(
        "desk.json (article 2) has the id 'a', as article 1 has; give each article its own id",
      )
      await expect(load(['events.jsonl'], { cwd: dir })).rejects.toThrow(
        "events.jsonl:2 has the id 'ap', as line 1 has; a file of several events is read by 'corroborate batch'",
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it("reads the front matter of a draft piped in as '-', as of a file", async () => {
    const [article] = await load(['-'], {
      stdin: '---\noutlet: Bay Radio\npublishedAt: 2025-05-09\n---\nThe channel reopened on Monday.\n',
    })
    expect(article!.input).toMatchObject({ id: 'stdin', outlet: 'Bay Radio', publishedAt: '2025-05-09' })
    expect(article!.input.text).not.toContain('outlet:')
    expect(article!.label).toBe('-')
  })

  it("reads '-' from standard input once, with id 'stdin'", async () => {
    const [article] = await load(['-'], { stdin: 'Bay Radio said the channel reopened on Monday.' })
    expect(article?.input).toEqual({
      id: 'stdin',
      outlet: 'stdin',
      text: 'Bay Radio said the channel reopened on Monday.',
    })
    await expect(load(['-', '-'], { stdin: 'text' })).rejects.toThrow('can be read only once')
  })

  it('tells a person typing at a terminal how to end standard input', async () => {
    const { io, stderr } = fakeIo({ stdin: 'The channel reopened.', stdinIsTTY: true })
    await loadArticles(['-'], io)
    expect(stderr.join('')).toContain('Ctrl-D')
  })

  it('makes ids unique when two files share a name', async () => {
    const root = mkdtempSync(join(tmpdir(), 'corroborate-io-'))
    mkdirSync(join(root, 'one'))
    mkdirSync(join(root, 'two'))
    writeFileSync(join(root, 'one/wire.md'), 'The ferry ran aground.')
    writeFileSync(join(root, 'two/wire.md'), 'A ferry ran aground.')
    const loaded = await load(['*/wire.md'], { cwd: root })
    expect(loaded.map((article) => article.input.id)).toEqual(['wire', 'wire-2'])
    rmSync(root, { recursive: true })
  })
})

describe('loadArticles errors name the file and say what to do', () => {
  let root: string
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'corroborate-io-'))
    writeFileSync(join(root, 'empty.md'), '  \n\n')
    writeFileSync(
      join(root, 'photo.png'),
      Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13),
    )
    writeFileSync(
      join(root, 'latin1.txt'),
      Uint8Array.of(0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x70, 0x65, 0x6e),
    )
    writeFileSync(join(root, 'bad.json'), '[{"text": "x"},]')
    writeFileSync(join(root, 'notext.json'), '[{"outlet": "Bay Radio"}]')
    writeFileSync(join(root, 'number.json'), '[42]')
    writeFileSync(join(root, 'emptyarray.json'), '[]')
    writeFileSync(join(root, 'badformat.json'), '[{"text": "x", "format": "pdf"}]')
    writeFileSync(join(root, 'badid.json'), '[{"text": "x", "id": 7}]')
    writeFileSync(join(root, 'bad.jsonl'), '{"text": "fine"}\n{"text": oops}\n')
    writeFileSync(join(root, 'blank.jsonl'), '\n\n')
  })
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it.each([
    [['missing.md'], 'E_FILE', 'cannot read missing.md: no such file'],
    [['.'], 'E_FILE', ". is a directory; pass its files, or a glob such as './*.md'"],
    [['photo.png'], 'E_FILE', 'photo.png looks like a binary file'],
    [['latin1.txt'], 'E_FILE', 'latin1.txt is not UTF-8 text'],
    [['*.nothing'], 'E_FILE', "no files match '*.nothing'"],
    [['bad.json'], 'E_FILE', 'bad.json is not valid JSON'],
    [['notext.json'], 'E_FILE', 'notext.json (article 1) has no "text" string'],
    [['number.json'], 'E_FILE', 'number.json (article 1) must be an object'],
    [['emptyarray.json'], 'E_FILE', 'emptyarray.json holds an empty array'],
    [['badformat.json'], 'E_FILE', "has format 'pdf'"],
    [['badid.json'], 'E_FILE', 'has a "id" that is not a string'],
    [['bad.jsonl'], 'E_FILE', 'bad.jsonl:2 is not valid JSON'],
    [['blank.jsonl'], 'E_FILE', 'blank.jsonl has no articles'],
  ])('%j', async (specs, code, message) => {
    const error = await loadError(specs, root)
    expect(error.code).toBe(code)
    expect(error.message).toContain(message)
    expect(error.message).not.toContain('\n')
  })
})

describe('helpers', () => {
  it.each([
    ['harbor-gazette', 'harbor-gazette'],
    ['Harbor Gazette (print)', 'Harbor-Gazette-print'],
    ['  ', 'article'],
    ['Zürich Zeitung', 'Zürich-Zeitung'],
  ])('sanitizeId(%j) is %j', (name, id) => {
    expect(sanitizeId(name)).toBe(id)
  })

  it.each([
    ['.md', 'markdown'],
    ['.MARKDOWN', 'markdown'],
    ['.htm', 'html'],
    ['.txt', 'text'],
    ['.rst', undefined],
  ])('formatOf(%j) is %j', (extension, format) => {
    expect(formatOf(extension)).toBe(format)
  })

  it('reads only a front matter block that opens the file and closes', () => {
    expect(frontMatter('Intro\n---\noutlet: X\n---\n').fields).toEqual({})
    expect(frontMatter('---\noutlet: X\nno end').fields).toEqual({})
    const matter = frontMatter("---\r\noutlet: 'Bay Radio'\r\ndate: 2025-03-15\r\n---\r\nText.")
    expect(matter.fields).toEqual({ outlet: 'Bay Radio', publishedAt: '2025-03-15' })
    expect(matter.text.length).toBe("---\r\noutlet: 'Bay Radio'\r\ndate: 2025-03-15\r\n---\r\nText.".length)
    expect(matter.text.endsWith('\r\nText.')).toBe(true)
  })

  it('decodes UTF-8 and drops a byte-order mark', () => {
    expect(decodeText(Uint8Array.of(0xef, 0xbb, 0xbf, 0x48, 0x69), 'a.txt')).toBe('Hi')
    expect(() => decodeText(Uint8Array.of(0x48, 0, 0x69), 'a.bin')).toThrow(CorroborateError)
  })

  // A new user's UTF-16 file was 'binary (NUL bytes)'.
  it('decodes UTF-16 with a byte-order mark, and names UTF-16 without one', () => {
    const text = 'Ten boats sank.'
    const le = Uint8Array.from([0xff, 0xfe, ...[...text].flatMap((char) => [char.charCodeAt(0), 0])])
    const be = Uint8Array.from([0xfe, 0xff, ...[...text].flatMap((char) => [0, char.charCodeAt(0)])])
    expect(decodeText(le, 'a.txt')).toBe(text)
    expect(decodeText(be, 'a.txt')).toBe(text)
    expect(() => decodeText(le.subarray(2), 'a.txt')).toThrow(
      'a.txt looks like UTF-16 text without a byte-order mark; convert it to UTF-8 first',
    )
    expect(() => decodeText(Uint8Array.of(0x50, 0x4b, 3, 4, 0, 0, 8, 0), 'a.zip')).toThrow(
      'looks like a binary file',
    )
  })
})

describe('front matter in the CLI', () => {
  it('reads YAML values the subset reader got wrong: a quoted colon, a number, a comment', () => {
    const matter = frontMatter('---\ntitle: "Dam: the night it held"  # headline\nurl: 2026\n---\nText.')
    expect(matter.fields).toEqual({ title: 'Dam: the night it held', url: '2026' })
  })

  it('names the file and the line of YAML that does not parse', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-fm-'))
    writeFileSync(join(dir, 'vale.md'), '---\noutlet: Vale Post\ntitle: Dam holds: water recedes\n---\nText.')
    await expect(load([join(dir, 'vale.md')])).rejects.toThrow(
      /vale\.md: The front matter is not valid YAML \(line 3, column \d+\)/,
    )
    rmSync(dir, { recursive: true, force: true })
  })

  it('refuses a list where one line of text belongs', () => {
    expect(() => frontMatter('---\noutlet:\n  - Vale Post\n  - Wire\n---\nText.')).toThrow(
      /'outlet' is a list/,
    )
  })
})
