import type { Processor } from 'unified'
import { markdownModules } from '#parser-modules'

/**
 * A unified plugin for remark-parse that adds the GitHub-flavoured Markdown syntax corroborate
 * reads: tables, footnotes, strikethrough and task lists. Unlike remark-gfm it leaves out
 * autolink literals: that extension splits every line into many text events, which micromark
 * then merges once per line over the whole paragraph, so a long paragraph of single line
 * breaks parsed in quadratic time (1 MB: 3.5 s). Bare URLs are found by `findBareUrls` instead.
 * Parse only: no serialisation extensions are registered.
 *
 * @example
 * import { unified } from 'unified'
 * import remarkParse from 'remark-parse'
 * unified().use(remarkParse).use(remarkGfmSubset).parse('| a |\n|---|\n| 1 |').children[0].type
 * //=> 'table'
 */
export function remarkGfmSubset(this: Processor): undefined {
  const data = this.data()
  data.micromarkExtensions ??= []
  data.fromMarkdownExtensions ??= []
  const gfm = markdownModules().gfm
  data.micromarkExtensions.push(gfm.footnote(), gfm.strikethrough(), gfm.table(), gfm.taskListItem())
  data.fromMarkdownExtensions.push(
    gfm.footnoteFromMarkdown(),
    gfm.strikethroughFromMarkdown(),
    gfm.tableFromMarkdown(),
    gfm.taskListItemFromMarkdown(),
  )
  return undefined
}
