import { WHITE_SPACE_RUN } from '../parse/patterns.js'
import {
  ALPHANUMERIC,
  BYLINE_START,
  CREDIT_LINE,
  DATE_STAMP,
  SECTION_LABEL,
  SIGN_OFF_LINE,
  TIME_AGO,
  TIMESTAMP,
  WORD_CHARACTER,
} from './patterns.js'

/** Whole lines of page furniture, lower-case, trailing punctuation removed. */
const JUNK_LINES: ReadonlySet<string> = new Set([
  'share',
  'share this',
  'share this article',
  'share this story',
  'share this post',
  'share on facebook',
  'share on twitter',
  'share on x',
  'share via email',
  'post a comment',
  'leave a comment',
  'comments',
  'add a comment',
  'view comments',
  'show comments',
  'previous post next post',
  'previous post',
  'next post',
  'previous article',
  'next article',
  'advertisement',
  'sponsored',
  'sponsored content',
  'read more',
  'read more:',
  'see more',
  'show more',
  'load more',
  'continue reading',
  'related',
  'related articles',
  'related stories',
  'related posts',
  'more stories',
  'more on this story',
  'you may also like',
  'recommended',
  'trending',
  'most read',
  'popular',
  'sign up',
  'subscribe',
  'subscribe now',
  'sign up for our newsletter',
  'newsletter',
  'log in',
  'login',
  'sign in',
  'register',
  'menu',
  'search',
  'home',
  'skip to content',
  'skip to main content',
  'back to top',
  'print',
  'email',
  'copy link',
  'click here',
  'loading',
  'loading...',
  'watch',
  'listen',
  'video',
  'photo',
  'image',
  'close',
  'tags',
  'topics',
  'follow us',
  'all rights reserved',
  'cookie settings',
  'accept cookies',
  'terms of use',
  'privacy policy',
  'contact us',
  'about us',
])

/** Social network and sharing words; a line made only of these is a share bar. */
const SHARE_WORDS: ReadonlySet<string> = new Set([
  'youtube',
  'facebook',
  'twitter',
  'x',
  'instagram',
  'tiktok',
  'whatsapp',
  'telegram',
  'linkedin',
  'reddit',
  'pinterest',
  'email',
  'print',
  'share',
  'copy',
  'link',
  'messenger',
  'threads',
  'bluesky',
  'mastodon',
  'tumblr',
  'flipboard',
  'snapchat',
  'sms',
  'more',
])

/**
 * True when a statement's text is page furniture rather than a statement: share bars ('Share
 * this article', 'Facebook Twitter WhatsApp'), comment prompts ('Post a Comment'), navigation
 * ('Previous Post Next Post'), bare platform names ('youtube'), time stamps ('2 hours ago'),
 * 'Advertisement', 'Read more', bylines ('By Jane Doe'), credit lines ('(Meridian Wire)', 'Photo:
 * Ana Ruiz/Meridian Wire'), section labels in capitals ('THE WHITE HOUSE') and text with no
 * letters or digits.
 *
 * @example
 * isPageJunk('Share this article') //=> true
 * isPageJunk('Police closed the road.') //=> false
 */
export function isPageJunk(text: string): boolean {
  if (text.length > 120) return false
  const normal = trimPunctuation(text.toLowerCase())
  if (normal === '' || !WORD_CHARACTER.test(normal)) return true
  if (JUNK_LINES.has(normal)) return true
  if (TIME_AGO.test(normal) || TIMESTAMP.test(normal) || DATE_STAMP.test(normal) || isByline(text.trim()))
    return true
  // '(Meridian Wire)', 'Photo: Ana Ruiz/Meridian Wire': a credit, never a claim.
  const line = text.trim()
  if (CREDIT_LINE.test(line) || SIGN_OFF_LINE.test(line)) return true
  // 'THE WHITE HOUSE' over an article: a section label, never a claim.
  if (SECTION_LABEL.test(text.trim())) return true
  const words = normal.split(WHITE_SPACE_RUN)
  return words.every((word) => SHARE_WORDS.has(trimPunctuation(word)))
}

/** `text` without leading and trailing characters that are neither letters nor digits. */
function trimPunctuation(text: string): string {
  let start = 0
  let end = text.length
  while (start < end && !ALPHANUMERIC.test(text.charAt(start))) start++
  while (end > start && !ALPHANUMERIC.test(text.charAt(end - 1))) end--
  return text.slice(start, end)
}

/** Words besides names that a byline may contain: joiners and the reporter's job. */
const BYLINE_WORDS: ReadonlySet<string> = new Set([
  'and',
  '&',
  'in',
  'for',
  'de',
  'van',
  'von',
  'al',
  'bin',
  'staff',
  'reporter',
  'reporters',
  'correspondent',
  'editor',
  'writer',
  'senior',
  'chief',
  'political',
  'business',
  'crime',
  'health',
  'local',
  'news',
])

/**
 * 'By Jane Doe', 'By Jane Doe and Omar Reyes, BBC News', 'By Hanna Obi, River Gazette staff
 * reporter': 'By' and at most seven names or byline words.
 */
function isByline(text: string): boolean {
  if (!BYLINE_START.test(text)) return false
  const words = text.split(WHITE_SPACE_RUN).slice(1)
  if (words.length > 7) return false
  return words.every((word) => {
    const bare = trimPunctuation(word)
    return bare === '' || BYLINE_WORDS.has(bare) || bare.charAt(0) !== bare.charAt(0).toLowerCase()
  })
}
