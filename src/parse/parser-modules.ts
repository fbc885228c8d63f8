// The Markdown and HTML parser packages (unified, remark-parse and its GFM extensions,
// rehype-parse, and micromark's front-matter extension), loaded the first time an article in that format is read, so that importing
// corroborate, or comparing plain text, never loads them: they were most of its import time.
// Node loads them here with a synchronous require of their ES modules (Node 20.19 or later),
// because `compare` is synchronous. Bundlers building for the browser take
// parser-modules.browser.ts instead (package.json "imports" maps `#parser-modules` to it under
// the "browser" condition), which imports them up front, so the browser bundle stays one file.
import type * as FromMarkdown from 'mdast-util-from-markdown'
import type * as MdastFrontmatter from 'mdast-util-frontmatter'
import type * as GfmFootnote from 'mdast-util-gfm-footnote'
import type * as GfmStrikethrough from 'mdast-util-gfm-strikethrough'
import type * as GfmTable from 'mdast-util-gfm-table'
import type * as GfmTaskListItem from 'mdast-util-gfm-task-list-item'
import type * as MicromarkFrontmatter from 'micromark-extension-frontmatter'
import type * as MicromarkFootnote from 'micromark-extension-gfm-footnote'
import type * as MicromarkStrikethrough from 'micromark-extension-gfm-strikethrough'
import type * as MicromarkTable from 'micromark-extension-gfm-table'
import type * as MicromarkTaskListItem from 'micromark-extension-gfm-task-list-item'
import type RehypeParse from 'rehype-parse'
import type RemarkParse from 'remark-parse'
import type * as Unified from 'unified'
import { requireOnFirstUse } from '../text/lazy-modules.js'

/** What the Markdown reader needs. */
export interface MarkdownModules {
  unified: typeof Unified.unified
  remarkParse: typeof RemarkParse
  gfm: {
    footnote: typeof MicromarkFootnote.gfmFootnote
    strikethrough: typeof MicromarkStrikethrough.gfmStrikethrough
    table: typeof MicromarkTable.gfmTable
    taskListItem: typeof MicromarkTaskListItem.gfmTaskListItem
    footnoteFromMarkdown: typeof GfmFootnote.gfmFootnoteFromMarkdown
    strikethroughFromMarkdown: typeof GfmStrikethrough.gfmStrikethroughFromMarkdown
    tableFromMarkdown: typeof GfmTable.gfmTableFromMarkdown
    taskListItemFromMarkdown: typeof GfmTaskListItem.gfmTaskListItemFromMarkdown
  }
}

/** What the HTML reader needs. */
export interface HtmlModules {
  unified: typeof Unified.unified
  rehypeParse: typeof RehypeParse
}

/** What the front-matter reader needs: micromark's front-matter construct. */
export interface FrontMatterModules {
  fromMarkdown: typeof FromMarkdown.fromMarkdown
  frontmatter: typeof MicromarkFrontmatter.frontmatter
  frontmatterFromMarkdown: typeof MdastFrontmatter.frontmatterFromMarkdown
}

let markdown: MarkdownModules | undefined
let html: HtmlModules | undefined
let frontMatter: FrontMatterModules | undefined

/** The Markdown parser packages, loaded on the first call. */
export function markdownModules(): MarkdownModules {
  markdown ??= {
    unified: load<typeof Unified>('unified').unified,
    remarkParse: load<{ default: typeof RemarkParse }>('remark-parse').default,
    gfm: {
      footnote: load<typeof MicromarkFootnote>('micromark-extension-gfm-footnote').gfmFootnote,
      strikethrough: load<typeof MicromarkStrikethrough>('micromark-extension-gfm-strikethrough')
        .gfmStrikethrough,
      table: load<typeof MicromarkTable>('micromark-extension-gfm-table').gfmTable,
      taskListItem: load<typeof MicromarkTaskListItem>('micromark-extension-gfm-task-list-item')
        .gfmTaskListItem,
      footnoteFromMarkdown: load<typeof GfmFootnote>('mdast-util-gfm-footnote').gfmFootnoteFromMarkdown,
      strikethroughFromMarkdown: load<typeof GfmStrikethrough>('mdast-util-gfm-strikethrough')
        .gfmStrikethroughFromMarkdown,
      tableFromMarkdown: load<typeof GfmTable>('mdast-util-gfm-table').gfmTableFromMarkdown,
      taskListItemFromMarkdown: load<typeof GfmTaskListItem>('mdast-util-gfm-task-list-item')
        .gfmTaskListItemFromMarkdown,
    },
  }
  return markdown
}

/** The HTML parser packages, loaded on the first call. */
export function htmlModules(): HtmlModules {
  html ??= {
    unified: load<typeof Unified>('unified').unified,
    rehypeParse: load<{ default: typeof RehypeParse }>('rehype-parse').default,
  }
  return html
}

/** The front-matter packages, loaded on the first source that opens with a fence. */
export function frontMatterModules(): FrontMatterModules {
  frontMatter ??= {
    fromMarkdown: load<typeof FromMarkdown>('mdast-util-from-markdown').fromMarkdown,
    frontmatter: load<typeof MicromarkFrontmatter>('micromark-extension-frontmatter').frontmatter,
    frontmatterFromMarkdown: load<typeof MdastFrontmatter>('mdast-util-frontmatter').frontmatterFromMarkdown,
  }
  return frontMatter
}

/** A parser package, loaded synchronously by Node on first use (an `E_FORMAT` error elsewhere). */
function load<T>(specifier: string): T {
  return requireOnFirstUse<T>(specifier, 'E_FORMAT')
}
