import type { SourceRecord } from '../src/schema/types.js';

/** The report this package ships. */
export const sources = [
  {
    id: 'the-national-2024-06-09',
    title: 'Iran-backed militias in Iraq step up warnings of attacks on US troops',
    publisher: 'The National',
    // Author and URL come from the article page on thenationalnews.com (its byline and address), not
    // from the text the paragraphs are numbered in, which carries neither.
    author: 'Robert Tollast',
    url: 'https://www.thenationalnews.com/news/mena/2024/06/09/iran-backed-militias-in-iraq-step-up-warnings-of-attacks-on-us-troops/',
    // The text shows only an "Updated" line (paragraph 29), no publication line: the published day is
    // taken from that line's date, which the article's address (/2024/06/09/) agrees with.
    published: '2024-06-09',
    updated: '2024-06-09T12:54:00',
    language: 'en',
    // The page shows no time zone for its update time, so none is recorded.
    paragraphs: 29,
  },
] as const satisfies readonly SourceRecord[];
