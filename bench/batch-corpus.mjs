#!/usr/bin/env node
// Writes a JSONL corpus of many small events for `corroborate batch`: EVENTS events of OUTLETS
// articles of SENTENCES sentences each (bench/corpus.mjs, one seed per event), one article a
// line with its "event" key, the articles of an event on consecutive lines.
//
//   node bench/batch-corpus.mjs EVENTS [OUTLETS=5] [SENTENCES=8] > events.jsonl
import { createWriteStream } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { makeCorpus } from './corpus.mjs'

/**
 * Streams the corpus to `out` (a writable stream), waiting when it is full.
 *
 * @example
 * await writeBatchCorpus(createWriteStream('events.jsonl'), { events: 1000 }) //=> 5000 (articles)
 */
export async function writeBatchCorpus(out, { events, outlets = 5, sentences = 8 }) {
  let written = 0
  for (let e = 0; e < events; e++) {
    const corpus = makeCorpus(outlets, { sentences, seed: 1000 + (e % 200) })
    for (const article of corpus.articles) {
      const line = `${JSON.stringify({ event: `e${e}`, id: article.id, outlet: article.outlet, text: article.text })}\n`
      if (!out.write(line)) await new Promise((resolve) => out.once('drain', resolve))
      written++
    }
  }
  await new Promise((resolve) => out.end(resolve))
  return written
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [events = '100', outlets = '5', sentences = '8'] = process.argv.slice(2)
  const out = process.argv[5] ? createWriteStream(process.argv[5]) : process.stdout
  await writeBatchCorpus(out, {
    events: Number(events),
    outlets: Number(outlets),
    sentences: Number(sentences),
  })
}
