import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote'
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item'
import { gfmFootnote } from 'micromark-extension-gfm-footnote'
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough'
import { gfmTable } from 'micromark-extension-gfm-table'
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item'
import type { Processor } from 'unified'

/**
 * A unified plugin for remark-parse that adds the GitHub-flavoured Markdown syntax corroborate
 * reads: tables, footnotes, strikethrough and task lists. Unlike remark-gfm it leaves out
 * autolink literals: that extension splits every line into many text events, which micromark
 * then merges once per line over the whole paragraph, so a long paragraph of single line
 * breaks parsed in quadratic time (1 MB: 3.5 s). Bare URLs are found by `findBareUrls` instead.
 * Parse only: no serialisation extensions are registered.
 *
 * @example
 * unified().use(remarkParse).use(remarkGfmSubset).parse('| a |\n|---|\n| 1 |').children[0].type
 * //=> 'table'
 */
export function remarkGfmSubset(this: Processor): undefined {
  const data = this.data()
  data.micromarkExtensions ??= []
  data.fromMarkdownExtensions ??= []
  data.micromarkExtensions.push(gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem())
  data.fromMarkdownExtensions.push(
    gfmFootnoteFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmTableFromMarkdown(),
    gfmTaskListItemFromMarkdown(),
  )
  return undefined
}
