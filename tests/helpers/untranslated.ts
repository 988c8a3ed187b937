import {
  isLiteralElement,
  isPluralElement,
  isSelectElement,
  isTagElement,
  type MessageFormatElement,
  parse,
} from "@formatjs/icu-messageformat-parser";
import { expect, type Page } from "@playwright/test";
import { messages as english } from "@/messages/en";
import { messages as korean } from "@/messages/ko";

/*
 * Whether a page in Korean still shows the interface in English. Content (a letter
 * written in English, an organisation's name) may be in any language, and says so with
 * a `lang` attribute on the element that holds it; everything else is the interface and
 * must be Korean. Two checks, on the text outside other-language parts:
 * - the interface's own elements (buttons, labels, navigation, table heads, status
 *   messages) and its accessible names (aria-label, title, placeholder, alt) carry no
 *   Latin-script word but the few names every language writes so (ALLOWED);
 * - no run of three or more English words from the English catalog appears anywhere:
 *   a string left in English, or written in code instead of the catalog.
 */

/** Names written in Latin letters in Korean too. */
const ALLOWED = [
  "Answerable",
  "API",
  "OpenAPI",
  "JSON",
  "CSV",
  "RSS",
  "Atom",
  "iCal",
  "ICS",
  "URL",
  "PDF",
  "UN",
  "HTML",
  "SVG",
  "PNG",
  "ID",
  "FAQ",
  "GitHub",
  "AGPL",
  "English",
  "Markdown",
  "README",
];

function leaves(node: unknown): string[] {
  if (typeof node === "string") return [node];
  return node && typeof node === "object" ? Object.values(node).flatMap(leaves) : [];
}

/** The literal runs of a message, between its arguments, tags and choices. */
function literalRuns(message: string): string[] {
  const runs: string[] = [];
  let current = "";
  const flush = () => {
    if (current.trim()) runs.push(current.trim());
    current = "";
  };
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (isLiteralElement(el)) current += el.value;
      else {
        flush();
        if (isTagElement(el)) walk(el.children);
        if (isSelectElement(el) || isPluralElement(el))
          for (const option of Object.values(el.options)) {
            walk(option.value);
            flush();
          }
      }
    }
  };
  try {
    walk(parse(message, { ignoreTag: false }));
  } catch {
    current = message;
  }
  flush();
  return runs;
}

const THREE_WORDS = /[A-Za-z’']+(?:[ ,-]+[A-Za-z’']+){2,}/g;

/** A name ("Human Rights Council", "Republic of Korea"): content uses names too, so they are not interface. */
const NAME = /^[A-Z][\w’'-]*(?:[ ,-]+(?:[A-Z][\w’'-]*|of|the|and|for|on|in))*$/;

/** Runs of three or more English words from the English catalog that the Korean one does not also use. */
export function englishCatalogPhrases(): string[] {
  const koreanText = leaves(korean).join("\n");
  const phrases = new Set<string>();
  // A quoted example (e.g. “President Moon Jae-in”) is content, not interface.
  for (const message of leaves(english))
    for (const run of literalRuns(message))
      for (const phrase of run.replace(/“[^”]*”/g, " ").match(THREE_WORDS) ?? [])
        if (phrase.length >= 12 && !NAME.test(phrase) && !koreanText.includes(phrase)) phrases.add(phrase);
  return [...phrases];
}

const PHRASES = englishCatalogPhrases();

/** What the page shows of the interface in English: each entry names where. Empty when none. */
export async function untranslatedInterface(page: Page, known: readonly string[] = []): Promise<string[]> {
  return page.evaluate(
    ({ phrases, allowed, known }) => {
      const found: string[] = [];
      const allow = new Set(allowed);
      const inOtherLanguage = (el: Element | null) => {
        const lang = el?.closest("[lang]")?.getAttribute("lang") ?? "";
        return !lang.toLowerCase().startsWith("ko");
      };
      // Content marked as another language elsewhere on the page (a letter's English title
      // in its heading) is content where it is repeated too (the breadcrumb, an image's alt).
      const content = [...document.body.querySelectorAll("[lang]")]
        .filter((el) => inOtherLanguage(el))
        .map((el) => (el.textContent ?? "").replace(/\s+/g, " ").trim())
        .concat(known)
        .filter((text) => text.length >= 3)
        .sort((a, b) => b.length - a.length);
      const withoutContent = (text: string) =>
        content.reduce((rest, part) => rest.split(part).join(" "), text.replace(/\s+/g, " "));
      const latinWords = (text: string) =>
        (withoutContent(text).match(/[A-Za-z][A-Za-z’']+/g) ?? []).filter((word) => !allow.has(word));
      const ownText = (root: Element) => {
        const parts: string[] = [];
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (
            !parent ||
            inOtherLanguage(parent) ||
            parent.closest("script, style, template, noscript, [hidden]")
          )
            continue;
          parts.push(node.textContent ?? "");
        }
        return parts.join(" ").replace(/\s+/g, " ").trim();
      };
      const INTERFACE =
        "button, label, summary, legend, caption, option, nav, footer, thead th, [role=status], [role=alert]";
      for (const el of document.body.querySelectorAll(INTERFACE)) {
        const words = latinWords(ownText(el));
        if (words.length > 0) found.push(`<${el.tagName.toLowerCase()}> ${words.join(" ")}`);
      }
      for (const el of document.body.querySelectorAll("[aria-label], [title], [placeholder], [alt]")) {
        if (inOtherLanguage(el)) continue;
        for (const name of ["aria-label", "title", "placeholder", "alt"]) {
          const words = latinWords(el.getAttribute(name) ?? "");
          if (words.length > 0) found.push(`${name} on <${el.tagName.toLowerCase()}>: ${words.join(" ")}`);
        }
      }
      const text = ownText(document.body);
      for (const phrase of phrases) if (text.includes(phrase)) found.push(`catalog English: "${phrase}"`);
      for (const phrase of phrases) if (document.title.includes(phrase)) found.push(`title: "${phrase}"`);
      return [...new Set(found)];
    },
    { phrases: PHRASES, allowed: ALLOWED, known: [...known] },
  );
}

/**
 * The page is in Korean: `lang="ko"`, and nothing of the interface left in English.
 * `content` names content the page shows untranslated inside interface text (a letter
 * title with no Korean text, quoted in a status message or an accessible name).
 */
export async function expectKoreanInterface(page: Page, content: readonly string[] = []): Promise<void> {
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  expect(await untranslatedInterface(page, content), `English left on ${page.url()}`).toEqual([]);
}
