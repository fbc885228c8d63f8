// The schema's enums and ResolvedOptions, and the docs' rule, kind and option tables, are made
// from the registries by scripts/generate-from-registries.mjs (run by `npm run build`); the
// committed files must be what the script makes now, so a fresh clone is right before a build.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
// @ts-expect-error: a plain .mjs build script, without type declarations
import { fillRegions, fillSchema, generatedFiles } from '../scripts/generate-from-registries.mjs'
import { detailKinds } from '../src/detail-kinds.js'
import { optionSpecs } from '../src/options.js'
import { findingRules } from '../src/rules.js'

const root = join(import.meta.dirname, '..')
const read = (path: string): string => readFileSync(join(root, path), 'utf8')
const registries = { findingRules, detailKinds, optionSpecs }

describe('files generated from the registries', () => {
  it.each(generatedFiles(registries, read) as [string, string][])(
    '%s is as the registries make it (run npm run build after editing one)',
    (path, text) => {
      expect(read(path)).toBe(text)
    },
  )

  it('rewrites only what lies between the markers', () => {
    const stale = 'Kinds: <!-- generated:kind-list -->`count`<!-- /generated:kind-list -->; the end.\n'
    const filled = fillRegions(stale, registries)
    expect(filled).toBe(
      `Kinds: <!-- generated:kind-list -->${Object.keys(detailKinds)
        .map((kind) => `\`${kind}\``)
        .join(', ')}<!-- /generated:kind-list -->; the end.\n`,
    )
    const table = fillRegions('<!-- generated:fail-on -->\nold\n<!-- /generated:fail-on -->', registries)
    expect(table.split('\n').slice(1, 4)).toEqual([
      '| name | finding rule | commands |',
      '| --- | --- | --- |',
      '| `diverge` | `divergent-detail`: A detail differs between outlets. | compare, check |',
    ])
  })

  it('refuses a region it does not know, so a misspelt marker cannot stay stale', () => {
    expect(() =>
      fillRegions('<!-- generated:kind-lsit -->x<!-- /generated:kind-lsit -->', registries),
    ).toThrow(/unknown or unclosed generated region 'kind-lsit'/)
  })

  it('makes the schema enums from the registries, in registry order', () => {
    const without = { ...registries, findingRules: findingRules.filter((rule) => rule.id !== 'misquote') }
    const schema = JSON.parse(fillSchema(read('src/report/schema.json'), without))
    expect(schema.definitions.Finding.properties.rule.enum).toEqual(
      without.findingRules.map((rule) => rule.id),
    )
    expect(schema.definitions.Detail.properties.kind.enum).toEqual(Object.keys(detailKinds))
    expect(schema.definitions.ResolvedOptions.properties.threshold).toEqual(optionSpecs.threshold.schema)
  })
})
