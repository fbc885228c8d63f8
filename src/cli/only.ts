import { typoHint } from '../text/closest.js'
import type { ClaimStatus, RenderFormat } from '../types.js'
import { usage } from './args.js'

/** Names `--only` accepts and the claim statuses each keeps. */
export const onlyNames: Readonly<Record<string, readonly ClaimStatus[]>> = Object.freeze({
  disputed: ['disputed'],
  corroborated: ['corroborated'],
  related: ['related'],
  'single-source': ['single-source'],
  // Every claim more than one outlet has, however weakly linked.
  shared: ['disputed', 'corroborated', 'related'],
})

/** Formats that can show fewer claims; the others (json, sarif, github) always hold them all. */
export const onlyFormats: readonly RenderFormat[] = ['text', 'markdown', 'html', 'svg']

/**
 * Parses `--only` (comma-separated: disputed, corroborated, related, single-source, shared:
 * every claim of more than one outlet) into the claim statuses a report shows; undefined when
 * the flag is absent. An unknown name, an empty list, or a format that always writes every
 * claim is 'E_USAGE' (exit 2).
 *
 * @example
 * parseOnly('disputed', 'text', 'compare') //=> ['disputed']
 * parseOnly('related', 'text', 'compare') //=> ['related']
 * parseOnly('shared', 'html', 'compare') //=> ['disputed', 'corroborated', 'related']
 * parseOnly('conflict', 'text', 'compare') // throws E_USAGE "unknown --only 'conflict'"
 */
export function parseOnly(
  value: string | undefined,
  format: RenderFormat,
  command: string,
): ClaimStatus[] | undefined {
  if (value === undefined) return undefined
  const names = Object.keys(onlyNames)
  const statuses = new Set<ClaimStatus>()
  for (const raw of value.split(',')) {
    const name = raw.trim()
    if (name === '') continue
    const kept = Object.hasOwn(onlyNames, name) ? onlyNames[name] : undefined
    if (kept === undefined) {
      const hint = typoHint(name, names)
      throw usage(`unknown --only '${name}'; use one or more of ${names.join(', ')}.${hint}`, command)
    }
    for (const status of kept) statuses.add(status)
  }
  if (statuses.size === 0) throw usage(`--only needs a claim status such as 'disputed'`, command)
  if (!onlyFormats.includes(format)) {
    throw usage(
      `--only applies to the ${onlyFormats.join(', ')} reports; --format ${format} always holds every claim`,
      command,
    )
  }
  return [...statuses]
}
