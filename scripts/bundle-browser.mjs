#!/usr/bin/env node
// Bundles the browser-safe core (dist/index.js: everything but the CLI) into one ES module
// with esbuild, and FAILS if anything pulls in a Node built-in or a Node-only module: the
// core must run in a page exactly as it runs in Node.
//
//   node scripts/bundle-browser.mjs [outfile]    # default .test-output/browser/corroborate.js
//
// Run `npm run build` first. Prints the bundle size (raw and gzip) on success.
import { mkdirSync, readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/** Modules that only exist in Node: every built-in, with and without the `node:` prefix. */
const nodeOnly = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)])

/** An esbuild plugin that turns any import of a Node-only module into a build error naming the importer. */
export const refuseNodeModules = {
  name: 'refuse-node-modules',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => {
      const bare = args.path.startsWith('node:') ? args.path : args.path.split('/')[0]
      if (!nodeOnly.has(args.path) && !nodeOnly.has(bare)) return undefined
      return {
        errors: [
          {
            text: `'${args.path}' is a Node built-in, imported by ${relative(root, args.importer)}; the core must stay browser-safe`,
          },
        ],
      }
    })
  },
}

/**
 * Bundles dist/index.js (or `entry`) for the browser and returns where it went, its size and the files it
 * holds. Rejects (esbuild's error lists each offending import) when a Node module is reached.
 *
 * @example
 * const { bytes, gzipBytes } = await bundleBrowser() //=> { outfile: '.../corroborate.js', bytes: 250000, ... }
 */
export async function bundleBrowser({
  entry = join(root, 'dist/index.js'),
  outfile = join(root, '.test-output/browser/corroborate.js'),
  minify = true,
} = {}) {
  mkdirSync(dirname(outfile), { recursive: true })
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    minify,
    outfile,
    metafile: true,
    // The repo's tsconfig maps '#parser-modules' to its Node source for the type checker; a
    // bundle must resolve it as a consumer's bundler does, through package.json "imports" and
    // the "browser" condition (the published package ships no tsconfig).
    tsconfigRaw: {},
    logLevel: 'silent',
    // `browser` fields are honoured, but no Node shims: a built-in anywhere is an error.
    mainFields: ['browser', 'module', 'main'],
    plugins: [refuseNodeModules],
  })
  const inputs = Object.keys(result.metafile.inputs).sort()
  const offenders = inputs.filter((input) => /(^|\/)src\/cli\/|(^|\/)dist\/cli\//.test(input))
  if (offenders.length > 0) throw new Error(`the browser bundle includes the CLI: ${offenders.join(', ')}`)
  const code = readFileSync(outfile)
  return { outfile, bytes: code.length, gzipBytes: gzipSync(code).length, inputs }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outfile = process.argv[2] === undefined ? undefined : resolve(process.argv[2])
  try {
    const bundle = await bundleBrowser(outfile === undefined ? {} : { outfile })
    const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`
    console.log(
      `browser bundle: ${relative(process.cwd(), bundle.outfile)} ${kb(bundle.bytes)} (${kb(bundle.gzipBytes)} gzip), ` +
        `${bundle.inputs.length} modules, no Node built-ins`,
    )
  } catch (error) {
    for (const message of error.errors ?? [{ text: error.message }])
      console.error(`bundle-browser: ${message.text}`)
    process.exitCode = 1
  }
}
