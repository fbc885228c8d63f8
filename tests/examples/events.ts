import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readArticleFile } from '../../src/cli/load.js'
import type { ArticleInput } from '../../src/types.js'

/** The examples folder at the repository root. */
export const examplesDir = join(import.meta.dirname, '..', '..', 'examples')

/** One side of a planted pair: a unique snippet of an article's raw text and a figure inside it. */
export interface PlantedValue {
  article: string
  locate: string
  value: string
}

/** A pair of values an event's outlets report, planted on purpose (see PLANTED.md). */
export interface PlantedPair {
  id: string
  kind: string
  note: string
  values: [PlantedValue, PlantedValue]
}

/** An example event: its articles with outlet metadata, and the pairs planted in them. */
export interface ExampleEvent {
  name: string
  outletMarkers: string[]
  articles: (ArticleInput & object)[]
  conflicts: PlantedPair[]
  consistent: PlantedPair[]
}

/**
 * Every event folder of examples/ with a sources.json and a planted.json, sorted by name. The
 * articles are read through the CLI's manifest reader, exactly as
 * `corroborate compare examples/<event>/sources.json` reads them (front matter blanked out).
 */
export function loadExampleEvents(): ExampleEvent[] {
  return readdirSync(examplesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const folder = join(examplesDir, name)
      const loaded = readArticleFile(join(folder, 'sources.json'), examplesDir)
      const planted = JSON.parse(readFileSync(join(folder, 'planted.json'), 'utf8')) as {
        conflicts: PlantedPair[]
        consistent: PlantedPair[]
      }
      return {
        name,
        outletMarkers: [...(loaded[0]?.outletMarkers ?? [])],
        articles: loaded.map((article) => article.input),
        ...planted,
      }
    })
}

/** The raw span of a planted value: the first occurrence of `value` inside the unique `locate`. */
export function spanOf(event: ExampleEvent, planted: PlantedValue): { start: number; end: number } {
  const article = event.articles.find((a) => a.id === planted.article)
  if (article === undefined) throw new Error(`${event.name}: no article '${planted.article}'`)
  const at = article.text.indexOf(planted.locate)
  if (at === -1) throw new Error(`${event.name}/${planted.article}: '${planted.locate}' not found`)
  const start = at + planted.locate.indexOf(planted.value)
  return { start, end: start + planted.value.length }
}
