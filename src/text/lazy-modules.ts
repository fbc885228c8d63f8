// Packages and tables that `import 'corroborate'` does not load: chrono-node (dates), jsdiff
// (quote wording) and the English word-frequency table, loaded the first time an article
// needs them, so a process that imports corroborate and never compares pays nothing for them.
// They were about half of the import time left after the Markdown and HTML parsers went lazy.
// As in src/parse/parser-modules.ts, Node loads them with a synchronous require (`compare` is
// synchronous; Node 20.19 or later requires ES modules). Bundlers building for the browser take
// lazy-modules.browser.ts instead (package.json "imports" maps `#lazy-modules` to it under the
// "browser" condition), which imports them up front, so the browser bundle stays one file.
import type * as ChronoEnglish from 'chrono-node/en'
import type * as Diff from 'diff'
import { CorroborateError, type ErrorCode } from '../errors.js'
import type * as EnglishFrequency from './english-frequency.js'

let chrono: typeof ChronoEnglish | undefined
let diff: typeof Diff | undefined
let frequency: typeof EnglishFrequency | undefined

/** chrono-node's English parsers, loaded on the first call. */
export function chronoEnglish(): typeof ChronoEnglish {
  chrono ??= requireOnFirstUse<typeof ChronoEnglish>('chrono-node/en')
  return chrono
}

/** jsdiff, loaded on the first call. */
export function diffModule(): typeof Diff {
  diff ??= requireOnFirstUse<typeof Diff>('diff')
  return diff
}

/** The SUBTLEX-US word-frequency table (src/text/english-frequency.ts), loaded on the first call. */
export function englishFrequency(): typeof EnglishFrequency {
  // Through package.json "imports", which resolves alike from dist/text/ and from the bundle
  // in dist/bundle/ (scripts/build.mjs), where a relative path would not.
  frequency ??= requireOnFirstUse<typeof EnglishFrequency>('#english-frequency')
  return frequency
}

type NodeModule = { createRequire(from: string): (specifier: string) => unknown }

/**
 * A module loaded synchronously through Node's `require` (ES modules: Node 20.19 or later):
 * a package, or one of the package's own "#" imports. Where Node's `module` is missing (a browser
 * bundle built without the "browser" condition) it throws `CorroborateError` with `code`.
 */
export function requireOnFirstUse<T>(specifier: string, code: ErrorCode = 'E_DEPENDENCY'): T {
  const runtime = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process
  const module = runtime?.getBuiltinModule?.('node:module') as NodeModule | undefined
  if (module === undefined) {
    throw new CorroborateError(
      code,
      `corroborate loads ${specifier} on first use, which needs Node 20.19 or later; ` +
        'for a browser, bundle corroborate with the "browser" condition.',
    )
  }
  return module.createRequire(import.meta.url)(specifier) as T
}
