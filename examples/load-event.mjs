// Reads one example event folder: its articles plus the outlet metadata in sources.json.
import { readdir, readFile } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'

const formats = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
}
const notArticles = new Set(['README.md', 'PLANTED.md'])

/**
 * Loads the articles of one event folder as `ArticleInput` records. With a `sources.json`
 * (`{ event, outletMarkers, articles: [{ file, id, outlet, title, publishedAt, url }] }`) the
 * metadata comes from it; without one, every .txt/.md/.html file is an article whose id is
 * its file name.
 *
 * @example
 * const event = await loadEvent('examples/ferry-capsize')
 * event.articles.map((a) => a.outlet) //=> ['Meridian Wire', 'The River Gazette', 'Channel 9 News', 'Newsdesk Roundup']
 */
export async function loadEvent(folder) {
  const name = basename(folder)
  const sources = await readSources(folder)
  const entries = sources?.articles ?? (await listArticleFiles(folder)).map((file) => ({ file }))
  const articles = []
  for (const entry of entries) {
    const text = await readFile(join(folder, entry.file), 'utf8')
    const id = entry.id ?? basename(entry.file, extname(entry.file))
    const article = { id, outlet: entry.outlet ?? id, format: formats[extname(entry.file)] ?? 'text', text }
    for (const key of ['title', 'url', 'publishedAt'])
      if (typeof entry[key] === 'string') article[key] = entry[key]
    articles.push(article)
  }
  return { name, event: sources?.event ?? name, outletMarkers: sources?.outletMarkers ?? [], articles }
}

/** True when `folder` holds at least one article file (a folder of one event). */
export async function isEventFolder(folder) {
  return (await listArticleFiles(folder)).length > 0
}

async function readSources(folder) {
  try {
    return JSON.parse(await readFile(join(folder, 'sources.json'), 'utf8'))
  } catch (error) {
    if (error.code === 'ENOENT') return null
    throw error
  }
}

async function listArticleFiles(folder) {
  const names = await readdir(folder, { withFileTypes: true })
  return names
    .filter((entry) => entry.isFile() && extname(entry.name) in formats && !notArticles.has(entry.name))
    .map((entry) => entry.name)
    .sort()
}
