// The browser's parser-modules.ts (package.json "imports" maps `#parser-modules` to this file
// under the "browser" condition): a bundle cannot load a package on demand synchronously, so
// it imports the parsers up front and the bundle stays one file.
import { fromMarkdown } from 'mdast-util-from-markdown'
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter'
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote'
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item'
import { frontmatter } from 'micromark-extension-frontmatter'
import { gfmFootnote } from 'micromark-extension-gfm-footnote'
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough'
import { gfmTable } from 'micromark-extension-gfm-table'
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item'
import rehypeParse from 'rehype-parse'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { FrontMatterModules, HtmlModules, MarkdownModules } from './parser-modules.js'

const markdown: MarkdownModules = {
  unified,
  remarkParse,
  gfm: {
    footnote: gfmFootnote,
    strikethrough: gfmStrikethrough,
    table: gfmTable,
    taskListItem: gfmTaskListItem,
    footnoteFromMarkdown: gfmFootnoteFromMarkdown,
    strikethroughFromMarkdown: gfmStrikethroughFromMarkdown,
    tableFromMarkdown: gfmTableFromMarkdown,
    taskListItemFromMarkdown: gfmTaskListItemFromMarkdown,
  },
}
const html: HtmlModules = { unified, rehypeParse }
const frontMatter: FrontMatterModules = {
  fromMarkdown,
  frontmatter,
  frontmatterFromMarkdown,
}

/** The Markdown parser packages (imported with the bundle). */
export function markdownModules(): MarkdownModules {
  return markdown
}

/** The HTML parser packages (imported with the bundle). */
export function htmlModules(): HtmlModules {
  return html
}

/** The front-matter packages (imported with the bundle). */
export function frontMatterModules(): FrontMatterModules {
  return frontMatter
}
