import fs from "node:fs";
import path from "node:path";
import {
  isArgumentElement,
  isPluralElement,
  isSelectElement,
  isTagElement,
  type MessageFormatElement,
  parse,
} from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { messages as english } from "@/messages/en";
import { messages as korean } from "@/messages/ko";

/*
 * Every language's catalog says what the English one says, key for key: the same files,
 * the same keys, and in each message the same arguments, tags and select choices, so a
 * page never shows a raw key, drops a number or breaks a link in one language only.
 */

const LANGUAGES = { ko: korean } as const;

/** Every message's key path, "ns.key.sub". */
function leaves(node: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof node === "string") out.set(prefix, node);
  else if (node && typeof node === "object")
    for (const [key, value] of Object.entries(node))
      for (const [k, v] of leaves(value, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
  return out;
}

/** What a message must keep in any language: its arguments, its tags, and its select choices. */
function shape(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (isArgumentElement(el)) found.add(`{${el.value}}`);
      if (isTagElement(el)) {
        found.add(`<${el.value}>`);
        walk(el.children);
      }
      if (isSelectElement(el)) {
        found.add(`{${el.value}, select: ${Object.keys(el.options).sort().join(" ")}}`);
        for (const option of Object.values(el.options)) walk(option.value);
      }
      if (isPluralElement(el)) {
        found.add(`{${el.value}, plural}`);
        for (const option of Object.values(el.options)) walk(option.value);
      }
    }
  };
  walk(parse(message, { ignoreTag: false }));
  return [...found].sort();
}

const englishLeaves = leaves(english);

describe.each(Object.entries(LANGUAGES))("the %s catalog", (language, catalog) => {
  const own = leaves(catalog);

  it("has a file for each of the English catalog's files", () => {
    const files = (lang: string) =>
      fs
        .readdirSync(path.resolve("messages", lang))
        .filter((f) => f.endsWith(".json"))
        .sort();
    expect(files(language)).toEqual(files("en"));
  });

  it("has exactly the English catalog's keys", () => {
    expect([...own.keys()].filter((k) => !englishLeaves.has(k))).toEqual([]);
    expect([...englishLeaves.keys()].filter((k) => !own.has(k))).toEqual([]);
  });

  it("keeps every message's arguments, tags and choices", () => {
    const differ = [...englishLeaves].filter(([key, message]) => {
      const translated = own.get(key);
      return translated === undefined || shape(translated).join("|") !== shape(message).join("|");
    });
    expect(differ.map(([key]) => key)).toEqual([]);
  });

  it("is translated, not copied", () => {
    // Messages of names, codes and punctuation only may read the same in both languages.
    const latinWords = /[A-Za-z]{3,}/;
    const copied = [...englishLeaves].filter(([key, message]) => {
      const translated = own.get(key) ?? "";
      return translated === message && latinWords.test(message.replace(/\{[^}]*\}/g, ""));
    });
    expect(copied.map(([key]) => key).filter((k) => !SAME_IN_BOTH.has(k))).toEqual([]);
  });
});

/** Messages that read the same in every language: the product's name and format names. */
const SAME_IN_BOTH = new Set([
  "meta.siteName",
  "meta.titleTemplate",
  "signatoryDownloads.csv",
  "signatoryDownloads.json",
  "signing.next.network.x",
  "staffDashboard.activity.system",
  // Each language's name in itself, as links to a letter's other texts give it.
  "contentLanguage.autonym.en-GB",
  // The import matches English column headers only, so its example stays English.
  "staffImport.upload.pastePlaceholder",
]);
