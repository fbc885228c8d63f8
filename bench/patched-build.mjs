// A copy of a build with probes written into it, for the measuring scripts (align-heap.mjs,
// peak-phase.mjs): each patch names a file of the build, the anchor text to find there (or
// several, as builds differ; the first found is used) and what replaces it (text, or a function
// of the anchor found).
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Copies the build in `distDir` to a gitignored `.dist-NAME-PID` folder of the repository (so the
 * copy resolves its packages) and applies `patches`; returns the copy's folder and the labels of
 * the patches whose anchor the build lacks.
 */
export function patchedBuild(distDir, patches, name) {
  const copy = join(dirname(fileURLToPath(import.meta.url)), '..', `.dist-${name}-${process.pid}`)
  cpSync(resolve(distDir), copy, { recursive: true })
  const missing = []
  for (const patch of patches) {
    const path = join(copy, patch.file)
    const text = readFileSync(path, 'utf8')
    const from = [patch.from].flat().find((anchor) => text.includes(anchor))
    if (from === undefined) missing.push(patch.label)
    else writeFileSync(path, text.replace(from, typeof patch.to === 'function' ? patch.to(from) : patch.to))
  }
  return { copy, missing }
}

/** The articles of a corpus of bench/peers/gen_corpus.py, as `compare` takes them. */
export function corpusArticles(corpusPath) {
  const corpus = JSON.parse(readFileSync(corpusPath, 'utf8'))
  return corpus.articles.map((article) => ({
    id: article.id,
    outlet: article.outlet,
    text: article.sentences.join(' '),
  }))
}
