import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { optionSpecs } from '../../src/options.js'
import type { Report, Statement } from '../../src/types.js'
import { expectInputError, fixtures, run } from './support.js'

const ferry = ['ferry/harbor-gazette.md', 'ferry/northgate-wire.txt', 'ferry/valley-courier.json']
const version = (
  JSON.parse(readFileSync(join(fixtures, '../../../package.json'), 'utf8')) as { version: string }
).version

let scratch: string
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'corroborate-cli-'))
  writeFileSync(join(scratch, 'photo.jpg'), Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46))
})
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe('corroborate --version and --help', () => {
  it.each([['--version'], ['-V'], ['version']])('%s prints the package version', async (flag) => {
    const result = await run([flag])
    expect(result).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' })
  })

  it.each([['--help'], ['-h'], ['help']])('%s lists the commands, exit codes and examples', async (flag) => {
    const result = await run([flag])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    for (const text of [
      'Usage: corroborate <command>',
      'compare',
      'check',
      'segment',
      'Exit codes',
      'NO_COLOR',
    ]) {
      expect(result.stdout).toContain(text)
    }
  })

  it.each([
    [['compare', '--help'], 'corroborate compare <files...|->', '--threshold'],
    [['check', '-h'], 'corroborate check <articles...>', '--sources'],
    [['segment', '--help'], 'corroborate segment <file|->', '--granularity'],
    [['help', 'check'], 'corroborate check <articles...>', '--fail-on'],
    [['compare', 'missing.md', '--help'], 'corroborate compare', 'Examples:'],
  ])('%j shows the command help with examples', async (argv, usageLine, flag) => {
    const result = await run(argv)
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(`Usage: ${usageLine}`)
    expect(result.stdout).toContain(flag)
    expect(result.stdout).toMatch(/Examples:\n {2}corroborate /)
    expect(result.stderr).toBe('')
  })

  it('gives the threshold default the library uses', async () => {
    const result = await run(['compare', '--help'])
    expect(result.stdout).toContain(`(default: ${optionSpecs.threshold.default})`)
  })

  it('prints the help and exits 2 when run with no arguments', async () => {
    const result = await run([])
    expect(result.code).toBe(2)
    expect(result.stdout).toContain('Usage: corroborate <command>')
  })
})

describe('usage and input errors: exit 2, one line on stderr, no stack trace', () => {
  it.each([
    [['compre', 'a.md'], "unknown command 'compre'. Did you mean 'compare'? Try 'corroborate --help'."],
    [['wire.md', 'gazette.md'], "run 'corroborate compare wire.md ...'"],
    [
      ['frobnicate'],
      "unknown command 'frobnicate'; the commands are compare, render, check, segment, batch, enqueue, worker, collect",
    ],
    [['help', 'frobnicate'], "unknown command 'frobnicate'"],
    [['--format', 'json'], "unknown option '--format'; options come after a command"],
    [['compare'], 'compare needs the articles to compare'],
    [
      ['compare', ...ferry, '--fromat', 'json'],
      "unknown option '--fromat' for 'compare'. Did you mean '--format'?",
    ],
    [
      ['compare', ...ferry, '--format', 'pdf'],
      "unknown --format 'pdf'; use one of text, json, markdown, html",
    ],
    [['compare', ...ferry, '--format'], "option '--format' needs a value"],
    [['compare', ...ferry, '--threshold', 'high'], '--threshold must be a number from 0 to 1'],
    [['compare', ...ferry, '--threshold', '2'], "received '2'"],
    [['compare', ...ferry, '--config', 'config-bad.json'], 'config config-bad.json is not valid JSON'],
    [['compare', ...ferry, '--config', 'config-typo.json'], "Did you mean 'threshold'?"],
    [['compare', ...ferry, '--config', 'nowhere.json'], 'cannot read config nowhere.json: no such file'],
    [['compare', ...ferry, '--fail-on', 'everything'], "unknown --fail-on rule 'everything'"],
    [['compare', 'ferry/missing.md', 'draft-sourced.md'], 'cannot read ferry/missing.md: no such file'],
    [
      ['compare', 'ferry', 'draft-sourced.md'],
      "ferry is a directory; pass its files, or a glob such as 'ferry/*.md'",
    ],
    [
      ['compare', 'ferry/', 'draft-sourced.md'],
      "ferry/ is a directory; pass its files, or a glob such as 'ferry/*.md'",
    ],
    [['compare', 'ferry/*.docx'], "no files match 'ferry/*.docx'"],
    [['compare', '-', '-'], "standard input ('-') can be read only once"],
    [['check'], 'check needs the article to check'],
    [['check', 'draft-sourced.md', '--sources'], "option '--sources' needs a value"],
    [['check', 'draft-sourced.md', '--sources', 'gone.md'], 'cannot read gone.md: no such file'],
    [['check', 'draft-sourced.md', '--fail-on', 'unsoruced'], "Did you mean 'unsourced'?"],
    [['check', '-', '--sources', '-'], "standard input ('-') can be read only once"],
    [['segment'], 'segment needs a file'],
    [['segment', 'draft-sourced.md', 'draft-unsourced.md'], 'segment takes one file but got 2'],
    [['segment', 'ferry-articles.jsonl'], 'segment takes one article but ferry-articles.jsonl holds 2'],
    [['segment', 'draft-sourced.md', '--format', 'html'], "unknown --format 'html'; use one of text, json"],
    [
      ['segment', 'draft-sourced.md', '--granularity', 'word'],
      "--granularity must be 'sentence' or 'clause'",
    ],
  ])('%j', async (argv, message) => {
    expectInputError(await run(argv), message)
  })

  it('refuses a binary file by name', async () => {
    expectInputError(
      await run(['compare', 'photo.jpg', 'x.md'], { cwd: scratch }),
      'photo.jpg looks like a binary file',
    )
  })

  it("names the article read from standard input 'stdin', as the docs say", async () => {
    const result = await run(['segment', '-', '--format', 'json'], {
      stdin: 'The ferry ran aground at noon. Nobody was hurt.',
    })
    expect(result.code).toBe(0)
    const statements = JSON.parse(result.stdout) as Statement[]
    expect(statements.map((statement) => [statement.id, statement.articleId])).toEqual([
      ['stdin#0', 'stdin'],
      ['stdin#1', 'stdin'],
    ])
  })

  it('refuses empty standard input', async () => {
    expectInputError(await run(['segment', '-'], { stdin: ' \n' }), 'standard input is empty')
  })

  it('names the file when the library rejects an article', async () => {
    writeFileSync(
      join(scratch, 'dated.json'),
      JSON.stringify([{ text: 'The ferry ran aground.', publishedAt: 'soon' }]),
    )
    expectInputError(
      await run(['compare', 'dated.json'], { cwd: scratch }),
      /^corroborate: dated\.json \(article 1\) has publishedAt 'soon'/,
    )
  })

  it('refuses an --out path it cannot write', async () => {
    expectInputError(
      await run(['compare', ...ferry, '--out', 'no/such/dir/report.json']),
      'cannot write no/such/dir/report.json: its folder does not exist; create it first',
    )
  })
})

describe('internal errors', () => {
  it('exit 3 with a one-line message and a request to report it', async () => {
    const { main } = await import('../../src/cli/main.js')
    const stderr: string[] = []
    const code = await main(['segment', 'draft-sourced.md'], {
      stdin: [],
      stdout: {
        write() {
          throw new TypeError('stream exploded')
        },
      },
      stderr: { write: (chunk: string) => stderr.push(chunk) },
      env: {},
      cwd: fixtures,
    })
    expect(code).toBe(3)
    expect(stderr.join('')).toBe(
      `corroborate: internal error: stream exploded\nThis is a bug in corroborate ${version}; please report it with the command you ran.\n`,
    )
  })
})

describe('corroborate compare', () => {
  it('compares files of three formats into one JSON report, ids and outlets from the files', async () => {
    const result = await run(['compare', ...ferry, '--format', 'json'])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const report = JSON.parse(result.stdout) as Report
    expect(report.articles.map((article) => [article.id, article.outlet, article.format])).toEqual([
      ['harbor-gazette', 'Harbor Gazette', 'markdown'],
      ['northgate-wire', 'northgate-wire', 'text'],
      ['valley-courier', 'Valley Courier', 'text'],
    ])
    expect(report.articles[0]?.url).toBe('https://harbor-gazette.example/ferry-aground')
    expect(report.claims.some((claim) => claim.articleIds.length === 3)).toBe(true)
  })

  it('keeps offsets pointing into the files as written, front matter included', async () => {
    const report = JSON.parse((await run(['compare', ...ferry, '--format', 'json'])).stdout) as Report
    const raw = readFileSync(join(fixtures, 'ferry/harbor-gazette.md'), 'utf8')
    const gazette = report.articles[0]!
    const sentences = gazette.statements.filter((statement) => statement.kind !== 'fragment')
    expect(sentences.length).toBeGreaterThan(3)
    for (const statement of sentences) {
      const lineText = raw.split('\n')[statement.line - 1]!
      expect(lineText.slice(statement.column - 1)).toBe(raw.slice(statement.start).split('\n')[0])
    }
    const heading = sentences.find((statement) => statement.kind === 'heading')
    expect(heading?.line).toBe(7)
  })

  it('is deterministic: the same files give the same bytes', async () => {
    const first = await run(['compare', ...ferry, '--format', 'json'])
    const second = await run(['compare', ...ferry, '--format', 'json'])
    expect(second.stdout).toBe(first.stdout)
  })

  it.each([['text'], ['json'], ['markdown'], ['html'], ['sarif'], ['github']])(
    'writes the %s format to stdout',
    async (format) => {
      const result = await run(['compare', ...ferry, '--format', format])
      expect(result.code).toBe(0)
      expect(result.stderr).toBe('')
      expect(result.stdout.length).toBeGreaterThan(0)
      expect(result.stdout.endsWith('\n')).toBe(true)
    },
  )

  it('writes plain text by default, with no colour into a pipe', async () => {
    const result = await run(['compare', ...ferry])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Harbor Gazette')
    expect(result.stdout).not.toContain('\x1b[')
  })

  it.each([
    ['a terminal', { stdoutIsTTY: true }, true],
    ['a terminal with NO_COLOR', { stdoutIsTTY: true, env: { NO_COLOR: '1' } }, false],
    ['a terminal with --no-color', { stdoutIsTTY: true, extra: ['--no-color'] }, false],
    ['a pipe with FORCE_COLOR', { env: { FORCE_COLOR: '1' } }, true],
  ])('colours the text report on %s: %s', async (_name, options, coloured) => {
    const { extra = [], ...io } = options as {
      extra?: string[]
      stdoutIsTTY?: boolean
      env?: Record<string, string>
    }
    const result = await run(['compare', ...ferry, ...extra], io)
    expect(result.stdout.includes('\x1b[')).toBe(coloured)
  })

  it('writes the report to --out and nothing to stdout', async () => {
    const out = join(scratch, 'report.json')
    const result = await run(['compare', ...ferry, '--format', 'json', '--out', out])
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' })
    expect((JSON.parse(readFileSync(out, 'utf8')) as Report).articles).toHaveLength(3)
  })

  it('never colours a report written to --out from a terminal', async () => {
    const out = join(scratch, 'report.txt')
    await run(['compare', ...ferry, '--out', out], { stdoutIsTTY: true })
    expect(readFileSync(out, 'utf8')).not.toContain('\x1b[')
  })

  it("reads '-' from stdin next to files, and .jsonl files of articles", async () => {
    const stdin = readFileSync(join(fixtures, 'ferry/northgate-wire.txt'))
    const result = await run(
      ['compare', 'ferry/harbor-gazette.md', '-', 'ferry-articles.jsonl', '--format', 'json'],
      {
        stdin,
      },
    )
    expect(result.code).toBe(0)
    const report = JSON.parse(result.stdout) as Report
    expect(report.articles.map((article) => article.id)).toEqual([
      'harbor-gazette',
      'stdin',
      'valley-courier',
      'bay-radio',
    ])
  })

  it('expands a glob', async () => {
    const result = await run(['compare', 'ferry/*', '--format', 'json'])
    expect((JSON.parse(result.stdout) as Report).articles.map((article) => article.id)).toEqual([
      'harbor-gazette',
      'northgate-wire',
      'valley-courier',
    ])
  })

  it('applies --threshold over --config, and records the effective options in the report', async () => {
    const fromConfig = JSON.parse(
      (await run(['compare', ...ferry, '--format', 'json', '--config', 'config.json'])).stdout,
    )
    expect(fromConfig.options).toMatchObject({ threshold: 0.5, hedgeTolerance: 0.2 })
    const overridden = JSON.parse(
      (await run(['compare', ...ferry, '--format', 'json', '--config', 'config.json', '--threshold', '0.6']))
        .stdout,
    )
    expect(overridden.options).toMatchObject({ threshold: 0.6, hedgeTolerance: 0.2 })
  })

  it('exits 1 when a finding fails --fail-on, and says why in one stderr line', async () => {
    const report = JSON.parse((await run(['compare', ...ferry, '--format', 'json'])).stdout) as Report
    const divergent = report.findings.filter((finding) => finding.rule === 'divergent-detail')
    expect(divergent.length).toBeGreaterThan(0)
    const result = await run(['compare', ...ferry, '--fail-on', 'diverge'])
    expect(result.code).toBe(1)
    expect(result.stdout.length).toBeGreaterThan(0)
    expect(result.stderr).toBe(
      `corroborate: ${divergent.length} finding${divergent.length === 1 ? '' : 's'} failed --fail-on diverge (${divergent.length} divergent-detail)\n`,
    )
  })

  it('exits 0 when --fail-on names only rules nothing broke', async () => {
    const result = await run([
      'compare',
      'ferry/valley-courier.json',
      'ferry/valley-courier.json',
      '--fail-on',
      'diverge,misquote',
    ])
    expect(result.code).toBe(0)
  })

  it('warns on stderr when given a single article', async () => {
    const result = await run(['compare', 'ferry/northgate-wire.txt'])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe(
      'corroborate: warning: only one article (ferry/northgate-wire.txt); every statement is single-source\n',
    )
  })

  it('shows progress on a terminal for a long run, and erases it', async () => {
    const lines = Array.from({ length: 30 }, (_, index) =>
      JSON.stringify({
        id: `desk-${index}`,
        text: `Desk ${index} said the ferry carried ${200 + index} passengers.`,
      }),
    )
    writeFileSync(join(scratch, 'many.jsonl'), lines.join('\n'))
    const result = await run(['compare', 'many.jsonl', '--format', 'json'], {
      cwd: scratch,
      stderrIsTTY: true,
    })
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('\r\x1b[Kcorroborate: comparing 30 articles...\r\x1b[K')
    const quiet = await run(['compare', 'many.jsonl', '--format', 'json'], {
      cwd: scratch,
      stderrIsTTY: false,
    })
    expect(quiet.stderr).toBe('')
    expect(quiet.stdout).toBe(result.stdout)
  })
})

describe('compare --only: the conflicts alone', () => {
  it('--only disputed shows the disputed claims and the findings about them', async () => {
    const all = await run(['compare', ...ferry])
    const result = await run(['compare', ...ferry, '--only', 'disputed'])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout.split('\n')[0]).toBe(all.stdout.split('\n')[0])
    // The passenger's quote one outlet gives a word shorter is reworded: a possible conflict.
    expect(result.stdout).toMatch(/^showing disputed claims only: 1 of 6$/m)
    expect(result.stdout.match(/^DISPUTED {2}/gm)).toHaveLength(1)
    expect(result.stdout).not.toContain('Corroborated claims')
    expect(result.stdout).not.toContain('Single-source statements')
  })

  it('takes several names and the shared alias, which keeps every claim of several outlets', async () => {
    const shared = await run(['compare', ...ferry, '--only', 'shared'])
    const listed = await run(['compare', ...ferry, '--only', 'corroborated,related,disputed'])
    expect(shared.stdout).toContain('Corroborated claims')
    expect(shared.stdout).toContain('Related statements')
    expect(shared.stdout).not.toContain('Single-source statements')
    expect(shared.stdout).toMatch(/^showing disputed, corroborated, related claims only: 4 of 6$/m)
    expect(listed.stdout.replace(/^showing .*$/m, '')).toBe(shared.stdout.replace(/^showing .*$/m, ''))
  })

  it('--only related shows the outlets linked too weakly to call one fact, and nothing else', async () => {
    const result = await run(['compare', ...ferry, '--only', 'related'])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    // The summary still counts every status.
    expect(result.stdout.split('\n')[0]).toBe(
      'corroborate: 3 articles, 6 claims: 1 disputed, 2 corroborated, 1 related, 2 single-source',
    )
    expect(result.stdout).toMatch(/^showing related claims only: 1 of 6$/m)
    expect(result.stdout.match(/^RELATED {3}/gm)).toHaveLength(1)
    expect(result.stdout).toMatch(/^ {2}claim c\d+, 3 outlets, weakest link 0\.\d\d < 0\.74; /m)
    expect(result.stdout).not.toMatch(/^(DISPUTED|AGREE|POSSIBLE) /m)
    expect(result.stdout).not.toContain('Corroborated claims')
    expect(result.stdout).not.toContain('Single-source statements')
    const html = await run(['compare', ...ferry, '--only', 'related', '--format', 'html'])
    expect(html.stdout.match(/<article class="claim /g)).toHaveLength(1)
    expect(html.stdout).toContain('data-status="related"')
  })

  it('applies to the HTML report too', async () => {
    const result = await run(['compare', ...ferry, '--only', 'disputed', '--format', 'html'])
    expect(result.code).toBe(0)
    expect(result.stdout.match(/<article class="claim /g)).toHaveLength(1)
    expect(result.stdout).toContain('1 of 6 claims')
  })

  it.each([
    [
      ['--only', 'conflicts'],
      "unknown --only 'conflicts'; use one or more of disputed, corroborated, related, single-source, shared",
    ],
    [['--only', 'disputd'], "Did you mean 'disputed'?"],
    [['--only', 'relate'], "Did you mean 'related'?"],
    [['--only', ','], "--only needs a claim status such as 'disputed'"],
    [['--only', 'disputed', '--format', 'json'], '--only applies to the text, markdown, html, svg reports'],
    [['--only'], "option '--only' needs a value"],
  ])('refuses %j with a one-line usage error, exit 2', async (flags, message) => {
    expectInputError(await run(['compare', ...ferry, ...flags]), message)
  })
})

describe("a manifest's event titles the report", () => {
  it('heads the HTML, Markdown and SVG reports of compare and check', async () => {
    const event = 'Ferry <Aldine> runs aground off Port Alden'
    const articles = [
      {
        id: 'one',
        outlet: 'Bay Post',
        text: 'The ferry Aldine ran aground with 212 passengers aboard, the coastguard said.',
      },
      {
        id: 'two',
        outlet: 'Cape Radio',
        text: 'The ferry Aldine ran aground with 180 passengers aboard, the coastguard said.',
      },
    ]
    writeFileSync(join(scratch, 'aground.json'), JSON.stringify({ event, articles }))
    const html = await run(['compare', 'aground.json', '--format', 'html'], { cwd: scratch })
    expect(html.stdout).toContain('<h1>Ferry &lt;Aldine&gt; runs aground off Port Alden</h1>')
    expect(html.stdout).toContain(
      '<title>corroborate: Ferry &lt;Aldine&gt; runs aground off Port Alden</title>',
    )
    const markdown = await run(['compare', 'aground.json', '--format', 'markdown'], { cwd: scratch })
    expect(markdown.stdout.split('\n')[0]).toBe('# Ferry \\<Aldine\\> runs aground off Port Alden')
    const svg = await run(['compare', 'aground.json', '--format', 'svg'], { cwd: scratch })
    expect(svg.stdout).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/)
    expect(svg.stdout).toContain(
      '<title id="chart-title">Ferry &lt;Aldine&gt; runs aground off Port Alden</title>',
    )
    expect(svg.stdout).toContain('>212</text>')
    expect(svg.stdout).toContain('>180</text>')
  })

  it('without a manifest, titles the page neutrally, not by a headline', async () => {
    const result = await run(['compare', ...ferry, '--format', 'html'])
    const h1 = /<h1>([^<]*)<\/h1>/.exec(result.stdout)?.[1]
    expect(h1).toMatch(/: what 3 outlets report$/)
    expect(h1).not.toContain('Ferry runs aground near Port Alden')
  })
})

describe('corroborate check', () => {
  it.each([
    ['html', /^<!DOCTYPE html>/],
    ['markdown', /^# .+\n\n\*\*corroborate report: 3 outlets/],
  ])('--format %s writes the report an editor opens, with the checked findings', async (format, start) => {
    const out = join(scratch, `check.${format}`)
    const result = await run([
      'check',
      'ferry/harbor-gazette.md',
      '--sources',
      'ferry/northgate-wire.txt',
      'ferry/valley-courier.json',
      '--format',
      format,
      '--out',
      join(scratch, `check.${format}`),
    ])
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' })
    const written = readFileSync(out, 'utf8')
    expect(written).toMatch(start)
    // The findings are those of the checked article: the misquote and the diverging duration.
    expect(written).toContain('misquote')
    expect(written).toContain('Duration three days diverges from five days')
    expect(written).not.toContain('Duration five days diverges')
  })

  it('refuses a format check does not write, naming those it does', async () => {
    expectInputError(
      await run(['check', 'draft-sourced.md', '--format', 'svg']),
      "unknown --format 'svg'; use one of text, json, github, sarif, markdown, html",
    )
  })

  it('lists an unsourced figure as an editor-style line with a summary', async () => {
    const result = await run(['check', 'draft-unsourced.md'])
    expect(result.code).toBe(0)
    const lines = result.stdout.trimEnd().split('\n')
    const unsourced = lines.filter((line) => line.endsWith('[unsourced-figure]'))
    expect(unsourced.length).toBeGreaterThan(0)
    expect(unsourced[0]).toMatch(
      /^draft-unsourced\.md:5:\d+-5:\d+: (error|warning|note): .+ \[unsourced-figure\]$/,
    )
    expect(lines.at(-1)).toMatch(/^draft-unsourced\.md: \d+ findings?$/)
  })

  it('exits 1 on an unsourced figure with --fail-on unsourced', async () => {
    const result = await run(['check', 'draft-unsourced.md', '--fail-on', 'unsourced'])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(
      /^corroborate: \d+ findings? failed --fail-on unsourced \(\d+ unsourced-figure\)\n$/,
    )
  })

  it('exits 0 once the figure names its source', async () => {
    const result = await run(['check', 'draft-sourced.md', '--fail-on', 'unsourced'])
    expect(result).toEqual({ code: 0, stdout: 'draft-sourced.md: no findings\n', stderr: '' })
  })

  it('writes GitHub annotations that point at the file and line', async () => {
    const result = await run(['check', 'draft-unsourced.md', '--format', 'github', '--fail-on', 'unsourced'])
    expect(result.code).toBe(1)
    const annotations = result.stdout.split('\n').filter((line) => line.startsWith('::'))
    expect(annotations.length).toBeGreaterThan(0)
    expect(annotations[0]).toMatch(/^::(error|warning|notice) .*file=draft-unsourced\.md,.*line=5/)
  })

  it('writes SARIF whose results locate the file', async () => {
    const result = await run(['check', 'draft-unsourced.md', '--format', 'sarif'])
    expect(result.code).toBe(0)
    const sarif = JSON.parse(result.stdout)
    expect(sarif.version).toBe('2.1.0')
    const locations = sarif.runs[0].results.map(
      (entry: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
        entry.locations[0]?.physicalLocation.artifactLocation.uri,
    )
    expect(locations.length).toBeGreaterThan(0)
    expect(locations.every((uri: string) => uri.endsWith('draft-unsourced.md'))).toBe(true)
  })

  it('writes a JSON report whose findings are the check findings', async () => {
    const result = await run(['check', 'draft-unsourced.md', '--format', 'json'])
    const report = JSON.parse(result.stdout) as Report
    expect(report.articles.map((article) => article.id)).toEqual(['draft-unsourced'])
    expect(report.findings.length).toBe(report.stats.findings)
    expect(report.findings.some((finding) => finding.rule === 'unsourced-figure')).toBe(true)
    expect(report.findings.every((finding) => finding.articleId === 'draft-unsourced')).toBe(true)
  })

  it('checks figures against --sources and exits 1 on a divergence with --fail-on diverge', async () => {
    const draft = join(scratch, 'draft-count.md')
    writeFileSync(draft, 'All 180 passengers were taken ashore in lifeboats, according to the coast guard.\n')
    const result = await run([
      'check',
      draft,
      '--sources',
      ...ferry.map((file) => join(fixtures, file)),
      '--fail-on',
      'diverge',
    ])
    expect(result.stdout).toContain('[divergent-detail]')
    expect(result.code).toBe(1)
  })

  it("reads the article from stdin with '-'", async () => {
    const text = readFileSync(join(fixtures, 'draft-sourced.md'), 'utf8')
    const result = await run(['check', '-'], { stdin: text })
    expect(result).toEqual({ code: 0, stdout: 'stdin: no findings\n', stderr: '' })
  })
})

describe('corroborate segment', () => {
  it('lists statements as line:column, kind and text, columns aligned', async () => {
    const result = await run(['segment', 'draft-sourced.md'])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    const lines = result.stdout.trimEnd().split('\n')
    expect(lines[0]).toMatch(/^1:3 +heading +Channel closure hits Port Alden fishing fleet$/)
    expect(lines[1]).toMatch(/^3:1 +sentence +The shipping channel at Port Alden stayed closed on Friday/)
    const kindColumn = lines.map((line) => line.search(/(heading|sentence)/))
    expect(new Set(kindColumn).size).toBe(1)
  })

  it('writes the statements as a JSON array whose spans index the file', async () => {
    const result = await run(['segment', 'ferry/northgate-wire.txt', '--format', 'json'])
    const statements = JSON.parse(result.stdout) as Statement[]
    const raw = readFileSync(join(fixtures, 'ferry/northgate-wire.txt'), 'utf8')
    expect(statements.length).toBeGreaterThan(4)
    for (const statement of statements) {
      expect(raw.slice(statement.start, statement.end).replace(/\s+/g, ' ')).toContain(
        statement.text.slice(0, 10),
      )
    }
  })

  it('reads the front matter of a Markdown file without counting it as statements', async () => {
    const statements = JSON.parse(
      (await run(['segment', 'ferry/harbor-gazette.md', '--format', 'json'])).stdout,
    )
    expect(statements[0]).toMatchObject({
      line: 7,
      column: 3,
      kind: 'heading',
      text: 'Ferry runs aground near Port Alden',
    })
    expect(statements.some((statement: Statement) => statement.text.includes('outlet:'))).toBe(false)
  })

  it('reads HTML by its extension', async () => {
    const result = await run(['segment', 'page.html'])
    expect(result.stdout).toContain('heading')
    expect(result.stdout).not.toContain('<p>')
  })

  it('reads standard input', async () => {
    const result = await run(['segment', '-'], {
      stdin: 'The channel reopened on Monday. Crews removed the markers.',
    })
    expect(result.code).toBe(0)
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(2)
  })

  it('writes to --out', async () => {
    const out = join(scratch, 'statements.json')
    expect((await run(['segment', 'draft-sourced.md', '--format', 'json', '-o', out])).stdout).toBe('')
    expect(existsSync(out)).toBe(true)
  })
})
