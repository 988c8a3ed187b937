import { xmlText } from "./atom";

/*
 * The copy-paste code the "Embed this" disclosure offers: an iframe for a widget with the
 * script that sizes it, and a badge as Markdown and as HTML. Every value is escaped for where it goes, so a title
 * with quotes, angle brackets or square brackets cannot break out of the snippet.
 */

/**
 * The heights the snippets give each widget until their script sizes it to its content
 * (and for good where the script cannot run): room for its usual content at 300–600 px wide.
 */
export const EMBED_HEIGHTS = { campaign: 540, letter: 300 } as const;

/**
 * An iframe showing a widget (src: its absolute address), as wide as its column up to
 * 600 px, and the script that sizes it to the widget's content (sizer: its absolute
 * address). Where the script cannot run, the iframe keeps `height`.
 */
export function iframeSnippet({
  src,
  title,
  height,
  sizer,
}: {
  src: string;
  title: string;
  height: number;
  sizer: string;
}): string {
  return `<iframe src="${xmlText(src)}" title="${xmlText(title)}" width="100%" height="${height}" style="border:0;max-width:600px" loading="lazy"></iframe>
<script src="${xmlText(sizer)}" async></script>`;
}

type BadgeSnippet = {
  /** The badge's absolute address. */
  image: string;
  /** Where the badge links: the letter's absolute address. */
  link: string;
  alt: string;
};

/** Text inside Markdown's [ ]: backslashes and brackets escaped. */
const markdownText = (text: string) => text.replace(/[\\[\]]/g, (c) => `\\${c}`);
/** An address inside Markdown's ( ): parentheses and spaces percent-encoded. */
const markdownUrl = (url: string) =>
  url.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);

/** The badge as Markdown, linking to the letter: for READMEs. */
export function badgeMarkdown({ image, link, alt }: BadgeSnippet): string {
  return `[![${markdownText(alt)}](${markdownUrl(image)})](${markdownUrl(link)})`;
}

/** The badge as HTML, linking to the letter: for websites. */
export function badgeHtml({ image, link, alt }: BadgeSnippet): string {
  return `<a href="${xmlText(link)}"><img src="${xmlText(image)}" alt="${xmlText(alt)}"></a>`;
}
