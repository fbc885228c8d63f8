import { CorroborateError } from '../errors.js'
import { typoHint } from '../text/closest.js'
import type { Options } from '../types.js'
import type { LoadedArticle } from './article.js'
import { toArticle } from './json-record.js'

/** The keys of a manifest. */
export const manifestKeys: readonly string[] = ['event', 'outletMarkers', 'articles']

/**
 * A manifest: `{ "event"?: string, "outletMarkers"?: string[], "articles": [...] }`. Its
 * outlet markers travel with each of its articles, for `withManifestMarkers`.
 */
export function readManifest(manifest: Record<string, unknown>, path: string, cwd: string): LoadedArticle[] {
  for (const key of Object.keys(manifest)) {
    if (manifestKeys.includes(key) || key === '$schema' || key.startsWith('//')) continue
    const hint = typoHint(key, manifestKeys, ` It may have ${manifestKeys.join(', ')}.`)
    throw new CorroborateError('E_FILE', `${path} has an unknown key '${key}'.${hint}`)
  }
  const { event, outletMarkers, articles } = manifest
  if (event !== undefined && typeof event !== 'string')
    throw new CorroborateError('E_FILE', `${path} has an "event" that is not a string`)
  if (
    outletMarkers !== undefined &&
    !(
      Array.isArray(outletMarkers) &&
      outletMarkers.every((name) => typeof name === 'string' && name.trim() !== '')
    )
  ) {
    throw new CorroborateError(
      'E_FILE',
      `${path} has "outletMarkers" that is not a list of outlet names such as ["Meridian Wire"]`,
    )
  }
  if (!Array.isArray(articles)) {
    throw new CorroborateError(
      'E_FILE',
      `${path} has "articles" that is not a list; make it [{ "file": ... }]`,
    )
  }
  if (articles.length === 0)
    throw new CorroborateError('E_FILE', `${path} has an empty "articles" list; add articles to it`)
  const markers: readonly string[] = outletMarkers ?? []
  return articles.map((record, index) => {
    const loaded = toArticle(record, path, index + 1, 'article', cwd)
    const named = event === undefined ? loaded : { ...loaded, event }
    return markers.length === 0 ? named : { ...named, outletMarkers: markers }
  })
}

/**
 * The options with the outlet markers of every manifest read added to
 * `options.outletMarkers`, each name once, the options' own first.
 *
 * @example
 * import { loadArticles } from './load.js'
 * // sources.json: { "outletMarkers": ["Meridian Wire", "River Gazette", ...], "articles": [...] }
 * withManifestMarkers({ outletMarkers: ['Bay Radio'] }, await loadArticles(['examples/ferry-capsize/sources.json'], fakeIo()))
 * //=> { outletMarkers: ['Bay Radio', 'Meridian Wire', 'River Gazette', 'Channel 9 News', 'Channel 9'] }
 */
export function withManifestMarkers(options: Options, loaded: readonly LoadedArticle[]): Options {
  const extra = loaded.flatMap((article) => article.outletMarkers ?? [])
  if (extra.length === 0) return options
  return { ...options, outletMarkers: [...new Set([...(options.outletMarkers ?? []), ...extra])] }
}

/**
 * The event the articles report, as the first manifest among them names it (undefined when
 * none does): the title of the HTML, Markdown and SVG reports.
 *
 * @example
 * import { loadArticles } from './load.js'
 * eventOf(await loadArticles(['examples/ferry-capsize/sources.json'], fakeIo()))
 * //=> 'Passenger ferry Marisol capsizes on the River Aske, Port Calloway'
 */
export function eventOf(loaded: readonly LoadedArticle[]): string | undefined {
  return loaded.find((article) => article.event !== undefined && article.event.trim() !== '')?.event
}
