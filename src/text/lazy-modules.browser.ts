// The browser's lazy-modules.ts (package.json "imports" maps `#lazy-modules` to this file under
// the "browser" condition): a bundle cannot load a module on demand synchronously, so it
// imports them up front and the bundle stays one file.
import * as ChronoEnglish from 'chrono-node/en'
import * as Diff from 'diff'
import * as EnglishFrequency from './english-frequency.js'

/** chrono-node's English parsers. */
export function chronoEnglish(): typeof ChronoEnglish {
  return ChronoEnglish
}

/** jsdiff. */
export function diffModule(): typeof Diff {
  return Diff
}

/** The SUBTLEX-US word-frequency table (src/text/english-frequency.ts). */
export function englishFrequency(): typeof EnglishFrequency {
  return EnglishFrequency
}
