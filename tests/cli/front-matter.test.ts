import { describe, expect, it } from 'vitest'
import { frontMatterFields } from '../../src/cli/front-matter.js'
import { CorroborateError } from '../../src/errors.js'
import { findFrontMatter } from '../../src/parse/front-matter.js'

describe('front-matter fields (YAML through the yaml package)', () => {
  const fieldsOf = (raw: string) => {
    const matter = findFrontMatter(raw)
    if (matter === null) throw new Error('no front matter')
    return frontMatterFields(matter)
  }

  it('reads YAML values: quoted, plain, numeric and dated ones as YAML 1.2 reads them', () => {
    const fields = fieldsOf("---\ntitle: 'Dam: the night it held'\nyear: 2026\ndate: 2026-03-02\n---\nText.")
    expect({ ...fields }).toEqual({ title: 'Dam: the night it held', year: 2026, date: '2026-03-02' })
    expect(Object.getPrototypeOf(fields)).toBeNull()
  })

  it('gives TOML front matter no fields, and empty YAML an empty table', () => {
    expect(fieldsOf('+++\ntitle = "Dam"\n+++\nText.')).toBeNull()
    expect({ ...fieldsOf('---\n---\nText.') }).toEqual({})
  })

  it('names the line and column of YAML that does not parse, counted in the whole file', () => {
    const raw = '---\noutlet: Vale Post\ntitle: Dam holds: water recedes\n---\nText.'
    let error: unknown
    try {
      fieldsOf(raw)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(CorroborateError)
    expect((error as CorroborateError).code).toBe('E_FORMAT')
    expect((error as CorroborateError).message).toMatch(
      /^The front matter is not valid YAML \(line 3, column \d+\): .+ Quote a value/,
    )
    // Only the file's line: yaml's own place, counted in the block, said line 2.
    expect((error as CorroborateError).message).not.toMatch(/line 2|:\./)
  })

  it('refuses front matter that is a list rather than key: value lines', () => {
    expect(() => fieldsOf('---\n- one\n- two\n---\nText.')).toThrow(
      /line 2\) is not a list of 'key: value' lines/,
    )
  })
})
