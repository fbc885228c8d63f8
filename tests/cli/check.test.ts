// Issue 11, `check` for CI: several files and globs, suppression comments as linters have them,
// and the config's ignore list. Drafts written for these tests (fictional places and people).

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Report } from '../../src/types.js'
import { expectInputError, run } from './support.js'

let scratch: string
const at = (cwd: string) => ({ cwd })

const turnout = 'Turnout was over 90% in the harbour wards.\n\nThe council hired 240 extra clerks.\n'
const flagged = (stdout: string) =>
  stdout
    .split('\n')
    .filter((line) => line.endsWith('[unsourced-figure]'))
    .map((line) => line.slice(0, line.indexOf(':')))

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'corroborate-check-'))
  mkdirSync(join(scratch, 'drafts'))
  writeFileSync(join(scratch, 'drafts', 'ward-a.md'), turnout)
  writeFileSync(join(scratch, 'drafts', 'ward-b.md'), 'Rents rose 12% in Orrin last year.\n')
  writeFileSync(join(scratch, 'lead.md'), 'The ferry carried 310 people on its last run.\n')
  // Old Mac line ends: a lone carriage return ends a line, as vfile-location counts them.
  writeFileSync(join(scratch, 'mac.txt'), 'Quay notes.\rThe ferry carried 310 people.\r')
})
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe('check takes several files and globs', () => {
  it('checks each article on its own, with a summary line each', async () => {
    const result = await run(['check', 'lead.md', 'drafts/*.md'], at(scratch))
    expect(result.code).toBe(0)
    expect(new Set(flagged(result.stdout))).toEqual(
      new Set(['lead.md', 'drafts/ward-a.md', 'drafts/ward-b.md']),
    )
    const summaries = result.stdout
      .trimEnd()
      .split('\n')
      .filter((line) => /: \d+ findings?$/.test(line))
    expect(summaries.map((line) => line.slice(0, line.indexOf(':')))).toEqual([
      'lead.md',
      'drafts/ward-a.md',
      'drafts/ward-b.md',
    ])
  })

  it("prints each finding's place as the report holds it, line breaks counted one way", async () => {
    const result = await run(['check', 'mac.txt'], at(scratch))
    const line = result.stdout.split('\n').find((text) => text.endsWith('[unsourced-figure]'))
    expect(line?.startsWith('mac.txt:2:19-2:22: warning:')).toBe(true)
    const json = JSON.parse(
      (await run(['check', 'mac.txt', '--format', 'json'], at(scratch))).stdout,
    ) as Report
    expect(json.findings[0]?.place).toMatchObject({
      start: { line: 2, column: 19 },
      end: { line: 2, column: 22 },
    })
  })

  it('fails the run on a finding in any of them', async () => {
    const result = await run(['check', 'drafts/*.md', '--fail-on', 'unsourced'], at(scratch))
    expect(result.code).toBe(1)
  })

  it('writes one JSON report whose findings are every checked article’s', async () => {
    const result = await run(['check', 'drafts/*.md', '--format', 'json'], at(scratch))
    const report = JSON.parse(result.stdout) as Report
    expect(new Set(report.findings.map((finding) => finding.articleId))).toEqual(
      new Set(['ward-a', 'ward-b']),
    )
    expect(report.stats.findings).toBe(report.findings.length)
  })

  // A draft listed as its own source passed every --fail-on unsourced check.
  it('refuses an article given as its own source, by any path', async () => {
    for (const source of ['lead.md', './lead.md', 'drafts/../lead.md']) {
      expectInputError(
        await run(['check', 'lead.md', '--sources', source, '--fail-on', 'unsourced'], at(scratch)),
        `--sources ${source} is also an article being checked`,
      )
    }
  })

  it('says so when a glob matches nothing', async () => {
    expectInputError(await run(['check', 'drafts/*.html'], at(scratch)), "no files match 'drafts/*.html'")
  })
})

describe('suppression comments', () => {
  it('turns a rule off for the next line that is not blank', async () => {
    writeFileSync(
      join(scratch, 'next-line.md'),
      `<!-- corroborate-disable-next-line unsourced-figure -->\n\n${turnout}`,
    )
    const result = await run(['check', 'next-line.md'], at(scratch))
    expect(result.stdout).not.toContain('over 90%')
    expect(result.stdout).toContain('240')
  })

  it('turns rules off from disable to enable, by --fail-on name too', async () => {
    writeFileSync(
      join(scratch, 'block.md'),
      `<!-- corroborate-disable unsourced -->\n${turnout}<!-- corroborate-enable -->\n\nRents rose 12% in Orrin.\n`,
    )
    const result = await run(['check', 'block.md'], at(scratch))
    expect(result.stdout).not.toContain('over 90%')
    expect(result.stdout).not.toContain('240')
    expect(result.stdout).toContain('12%')
  })

  it('covers every rule when it names none, and leaves other rules on when it names one', async () => {
    writeFileSync(join(scratch, 'all.md'), `<!-- corroborate-disable-next-line -->\n${turnout}`)
    expect((await run(['check', 'all.md'], at(scratch))).stdout).not.toContain('over 90%')
    writeFileSync(join(scratch, 'other.md'), `<!-- corroborate-disable-next-line misquote -->\n${turnout}`)
    expect((await run(['check', 'other.md'], at(scratch))).stdout).toContain('over 90%')
  })

  it('works in HTML', async () => {
    writeFileSync(
      join(scratch, 'page.html'),
      '<p>Intro.</p>\n<!-- corroborate-disable-next-line unsourced-figure -->\n<p>Turnout was over 90% in the harbour wards.</p>\n',
    )
    expect((await run(['check', 'page.html'], at(scratch))).stdout).toBe('page.html: no findings\n')
  })

  it('stops on an unknown rule name, naming the file and line', async () => {
    writeFileSync(
      join(scratch, 'typo.md'),
      `Intro.\n\n<!-- corroborate-disable-next-line unsorced -->\n${turnout}`,
    )
    expectInputError(
      await run(['check', 'typo.md'], at(scratch)),
      "typo.md:3 names an unknown rule 'unsorced'. Did you mean 'unsourced'?",
    )
  })

  it('counts lines as the report does: a lone carriage return ends one too', async () => {
    writeFileSync(
      join(scratch, 'old-mac.md'),
      `Intro.\r\rMore.\r<!-- corroborate-disable unsorced -->\r${turnout}`,
    )
    expectInputError(
      await run(['check', 'old-mac.md'], at(scratch)),
      "old-mac.md:4 names an unknown rule 'unsorced'. Did you mean 'unsourced'?",
    )
  })
})

describe('the config ignore list', () => {
  const config = (name: string, body: unknown) => {
    writeFileSync(join(scratch, name), JSON.stringify(body))
    return name
  }

  it('ignores a finding by rule and text, in the files an entry names', async () => {
    const file = config('ignore.json', {
      ignore: [{ rule: 'unsourced-figure', text: 'Over 90%' }, { files: 'drafts/ward-b.md' }],
    })
    const result = await run(['check', 'drafts/*.md', '--config', file], at(scratch))
    expect(result.stdout).not.toContain('over 90%')
    expect(result.stdout).toContain('240')
    expect(flagged(result.stdout)).not.toContain('drafts/ward-b.md')
  })

  it('is accepted, and not applied, by compare', async () => {
    const file = config('compare.json', { threshold: 0.5, ignore: [{ rule: 'misquote' }] })
    const result = await run(
      ['compare', 'drafts/ward-a.md', 'drafts/ward-b.md', '--config', file],
      at(scratch),
    )
    expect(result.code).toBe(0)
  })

  it.each([
    [{ ignore: 'unsourced' }, "'ignore' must be a list"],
    [{ ignore: [{}] }, 'ignore entry 1 is empty'],
    [{ ignore: [{ rule: 'unsourced', figure: '90%' }] }, "ignore entry 1 has an unknown field 'figure'"],
    [{ ignore: [{ rule: 'unsoruced' }] }, "names an unknown rule 'unsoruced'. Did you mean 'unsourced'?"],
    [{ ignore: [{ text: 7 }] }, "'text' must be a non-empty string"],
    [{ ignor: [] }, "unknown option 'ignor'. Did you mean 'ignore'?"],
  ])('refuses %j, in check and in compare', async (body, message) => {
    const file = config('bad.json', body)
    expectInputError(await run(['check', 'lead.md', '--config', file], at(scratch)), message)
    // One config, valid for every command or for none (compare once took a bad ignore list).
    expectInputError(
      await run(['compare', 'lead.md', 'drafts/ward-a.md', '--config', file], at(scratch)),
      message,
    )
  })
})
