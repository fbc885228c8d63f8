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
const metadataKeys = ['outlet', 'title', 'url', 'publishedAt']

/**
 * Loads the articles of one event folder as `ArticleInput` records. With a `sources.json`
 * (`{ event, outletMarkers, articles: [{ file, id, outlet, title, publishedAt, url }] }`, each
 * `file` relative to the folder) the metadata comes from it; without one, every
 * .txt/.md/.html file in `articles/` (or in the folder itself when it has no `articles/`) is
 * an article whose id is its file name. Markdown front matter fills in what sources.json does
 * not say, and is blanked out so that offsets still point into the file.
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
    const { fields, text } = frontMatter(await readFile(join(folder, entry.file), 'utf8'))
    const meta = { ...fields, ...entry }
    const id = meta.id ?? basename(entry.file, extname(entry.file))
    const article = { id, outlet: meta.outlet ?? id, format: formats[extname(entry.file)] ?? 'text', text }
    for (const key of ['title', 'url', 'publishedAt'])
      if (typeof meta[key] === 'string') article[key] = meta[key]
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

/** Article files, relative to `folder`: those in `articles/` when it exists, else the folder's own. */
async function listArticleFiles(folder) {
  try {
    return (await articleFilesIn(join(folder, 'articles'))).map((file) => join('articles', file))
  } catch (error) {
    if (error.code !== 'ENOENT' && error.code !== 'ENOTDIR') throw error
  }
  return articleFilesIn(folder)
}

async function articleFilesIn(folder) {
  return (await readdir(folder, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && extname(entry.name) in formats && !notArticles.has(entry.name))
    .map((entry) => entry.name)
    .sort()
}

/**
 * Reads `key: value` front matter between `---` fences at the top of a file, and blanks the
 * block out with spaces (line breaks kept), so every offset, line and column still points
 * into the file as written. The corroborate CLI reads front matter the same way (and also
 * knows a few aliases, such as `date` for `publishedAt`).
 */
function frontMatter(raw) {
  const fields = {}
  const lines = raw.split('\n')
  if (lines[0]?.trimEnd() !== '---') return { fields, text: raw }
  const close = lines.findIndex((line, i) => i > 0 && line.trimEnd() === '---')
  if (close === -1) return { fields, text: raw }
  for (const line of lines.slice(1, close)) {
    const colon = line.indexOf(':')
    const key = line.slice(0, colon).trim()
    if (colon > 0 && metadataKeys.includes(key)) fields[key] = unquote(line.slice(colon + 1).trim())
  }
  const head = lines.slice(0, close + 1).join('\n')
  return { fields, text: head.replace(/[^\r\n]/g, ' ') + raw.slice(head.length) }
}

function unquote(value) {
  const quoted = value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0])
  return quoted ? value.slice(1, -1) : value
}
