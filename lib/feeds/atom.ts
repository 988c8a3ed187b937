/*
 * Atom 1.0 (RFC 4287) documents, written by hand: a feed is a few dozen entries of
 * plain text, and every value goes through xmlText, so nothing a campaign's record
 * holds can break the XML or inject markup.
 */

export type AtomLink = {
  href: string;
  rel?: "alternate" | "related" | "self" | "via";
  type?: string;
  title?: string;
};

export type AtomEntry = {
  /** Permanent and unique: readers tell new entries from old by it. */
  id: string;
  title: string;
  /** RFC 3339 date-times. */
  updated: string;
  published?: string;
  links: AtomLink[];
  categories?: Array<{ term: string; label: string }>;
  /** Plain text; line breaks are kept by readers that honour them. */
  summary: string;
};

export type AtomFeed = {
  id: string;
  /** The language its text is written in ("en-GB", "ko"): the feed's xml:lang. */
  language: string;
  title: string;
  subtitle?: string;
  updated: string;
  authorName: string;
  links: AtomLink[];
  entries: AtomEntry[];
};

// Characters XML 1.0 does not allow at all, even escaped.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters being removed.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text safe inside an element or a double-quoted attribute. */
export function xmlText(value: string): string {
  return value
    .replace(NOT_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** A calendar date ("2020-03-03") as the RFC 3339 date-time Atom requires: its start, in UTC. */
export function atomDate(day: string): string {
  return `${day}T00:00:00Z`;
}

/**
 * A feed's `updated`: its newest entry's (RFC 3339 in UTC sorts as text), or the fallback
 * when it has none. With `atLeastFallback`, never before the fallback: for a feed whose
 * text changes with the day it is read, though no entry does.
 */
export function latestUpdated(
  entries: readonly AtomEntry[],
  fallback: string,
  { atLeastFallback = false } = {},
): string {
  const dates = entries.map((e) => e.updated);
  if (atLeastFallback || dates.length === 0) dates.push(fallback);
  return dates.sort().at(-1)!;
}

function link({ href, rel, type, title }: AtomLink): string {
  const attributes = [
    `href="${xmlText(href)}"`,
    rel ? `rel="${rel}"` : "",
    type ? `type="${xmlText(type)}"` : "",
    title ? `title="${xmlText(title)}"` : "",
  ].filter(Boolean);
  return `<link ${attributes.join(" ")}/>`;
}

function entry(e: AtomEntry): string {
  return [
    "  <entry>",
    `    <id>${xmlText(e.id)}</id>`,
    `    <title type="text">${xmlText(e.title)}</title>`,
    `    <updated>${xmlText(e.updated)}</updated>`,
    e.published ? `    <published>${xmlText(e.published)}</published>` : "",
    ...e.links.map((l) => `    ${link(l)}`),
    ...(e.categories ?? []).map(
      (c) => `    <category term="${xmlText(c.term)}" label="${xmlText(c.label)}"/>`,
    ),
    `    <summary type="text">${xmlText(e.summary)}</summary>`,
    "  </entry>",
  ]
    .filter(Boolean)
    .join("\n");
}

/** The whole document, UTF-8. */
export function renderAtomFeed(feed: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlText(feed.language)}">`,
    `  <id>${xmlText(feed.id)}</id>`,
    `  <title type="text">${xmlText(feed.title)}</title>`,
    feed.subtitle ? `  <subtitle type="text">${xmlText(feed.subtitle)}</subtitle>` : "",
    `  <updated>${xmlText(feed.updated)}</updated>`,
    `  <author><name>${xmlText(feed.authorName)}</name></author>`,
    ...feed.links.map((l) => `  ${link(l)}`),
    ...feed.entries.map(entry),
    "</feed>",
    "",
  ]
    .filter((line, i, all) => line !== "" || i === all.length - 1)
    .join("\n");
}
