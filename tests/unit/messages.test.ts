import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  catalogKeys,
  type Found,
  lookup,
  refusals,
  SOURCE_DIRS,
  sources,
  translationUses,
  translatorNamespacesWritten,
  unionMembers,
  writtenStrings,
} from "../helpers/message-keys";

/*
 * Both directions between the code and the English catalog, read from the source (every
 * file under SOURCE_DIRS), so a new refusal, a new t("…") or a new file is held to them
 * without anyone adding it to a list: every key the code can show has a message, and
 * every message is shown somewhere.
 */

const dir = path.resolve("messages/en");
const files = fs.readdirSync(dir).filter((f) => f.endsWith(".json"));
const where = (found: Found[]) => found.map((f) => `${f.key} (${f.at})`);
const full = (namespace: string, key: string) => (namespace ? `${namespace}.${key}` : key);

/**
 * The refusal keys the code builds at run time, each with every key it can build. A new
 * template fails "knows every key built at run time" until it is described here.
 */
const BUILT_KEYS: Record<string, () => string[]> = {
  // lib/actions/result.ts: a schema's message with "errors." before it; each message is read from the schemas.
  "errors.${issue.message}": () => [],
  // The import's column mapping: one refusal per problem the mapping check reports.
  "errors.import.${problem.code}": () =>
    unionMembers("MappingProblem", "code").map((code) => `errors.import.${code}`),
};

/**
 * The namespaces whose keys the code looks up by a value, t(kind), rather than spelling
 * each out, with what the value is. Keep it short: spell a key out, or build it from a
 * template (t(`kinds.${kind}`), which the test reads as a prefix), where one can.
 */
const LOOKED_UP_BY_VALUE: Record<string, string> = {
  "campaign.status": "a campaign's status (CAMPAIGN_STATUSES)",
  "campaignPage.outcome": "an ask's outcome (ASK_OUTCOMES)",
  "contentLanguage.language": "a language the site speaks (LOCALES)",
  "following.confirm": "why a follow's confirmation link failed (its state)",
  "following.subscriptions": "why a manage link failed (its state)",
  "letterPage.signatories": "a kind of signatory: organisations, individuals",
  letterState: "a letter's clock state (LetterClock)",
  printLetter: "a kind of signatory: organisations, individuals",
  "privacy.retention": "a retention plan's state (RetentionPlan)",
  regionalGroups: "a UN regional group (REGIONAL_GROUPS)",
  "roles.org": "an organisation role (ORG_ROLES)",
  "roles.site": "a site role (SITE_ROLES)",
  "signing.confirm": "why a confirmation link failed (its preview's state)",
  "staffAudit.filter": "the audit filter's fields, by name",
  "staffAudit.table": "an audit entry's side: before, after",
  "staffCampaignForms.eventKinds": "an event's kind (EVENT_KINDS)",
  "staffCampaignForms.organisationKinds": "an organisation's kind (ORGANISATION_KINDS)",
  "staffCampaignForms.outcomes": "an ask's outcome (ASK_OUTCOMES)",
  "staffCampaignForms.targetKinds": "a target's kind (TARGET_KINDS)",
  "staffImport.letterStatus": "a letter's status (LETTER_STATUSES)",
  "staffImport.problems": "an import problem's code (ImportProblem)",
  "staffLetters.signatures": "a signature's status (SIGNATURE_STATUSES)",
  "staffLetters.status": "a letter's status (LETTER_STATUSES)",
  staffNav: "a staff section, by its key",
  "staffResolutions.adoptions": "how a text was adopted (ADOPTION_METHODS)",
  "staffResolutions.bodyKinds": "a UN body's kind",
  "staffResolutions.listKinds": "a pasted list's kind",
  "staffResolutions.positionKinds": "a state's position on a text (POSITION_KINDS)",
  "staffResolutions.sessionKinds": "a session's kind",
  "staffResolutions.textForm": "a vote count's field: yes, no, abstain",
};

/** The namespaces translated with a key the code computes (the whole catalog's, for refusals, aside). */
function computedNamespaces(): string[] {
  const found = new Set<string>();
  for (const use of translationUses())
    if ("unknown" in use.key) for (const ns of use.namespaces) if (ns !== "") found.add(ns);
  return [...found].sort();
}

describe("the English message catalog", () => {
  it("never defines one top-level namespace in two files", () => {
    const seen = new Map<string, string>();
    for (const file of files) {
      for (const namespace of Object.keys(JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")))) {
        expect(seen.get(namespace), `${namespace} in ${file}`).toBeUndefined();
        seen.set(namespace, file);
      }
    }
  });
});

describe("a message for every refusal", () => {
  const found = refusals();

  it("reads every folder of code, and the refusals in each layer", () => {
    const read = new Set(sources().map((s) => s.file.split(path.sep)[0]));
    expect([...read].sort()).toEqual([...SOURCE_DIRS].sort());
    const keys = new Set(found.keys.map((k) => k.key));
    // One from each way a refusal is made: a schema message, a domain rule, a thrown ActionError, a conflict.
    for (const key of [
      "errors.letter.titleRequired",
      "errors.letter.textFrozen",
      "errors.signing.notYetOpen",
      "errors.notAllowed",
      "errors.slug.taken",
    ]) {
      expect(keys, key).toContain(key);
    }
  });

  it("has a message for every refusal key the code spells out", () => {
    expect(where(found.keys.filter((k) => typeof lookup(k.key) !== "string"))).toEqual([]);
  });

  it("gives every refusal and schema message the shape of a catalog key", () => {
    // Anything else reaches the user as the generic "errors.invalid", or as a raw key.
    expect(where(found.malformed)).toEqual([]);
  });

  it("knows every key built at run time, and has a message for each", () => {
    const templates = new Set(found.templates.map((t) => t.key));
    expect(where(found.templates.filter((t) => !(t.key in BUILT_KEYS)))).toEqual([]);
    expect(
      Object.keys(BUILT_KEYS).filter((t) => !templates.has(t)),
      "no longer in the code",
    ).toEqual([]);
    const built = Object.values(BUILT_KEYS).flatMap((keys) => keys());
    expect(built.length).toBeGreaterThan(0);
    expect(built.filter((key) => typeof lookup(key) !== "string")).toEqual([]);
  });
});

describe("a message for every translation", () => {
  const uses = translationUses();
  const at = (u: (typeof uses)[number]) => u.at;

  it("finds the translators of every layer", () => {
    expect(uses.length).toBeGreaterThan(500);
    const folders = new Set(uses.map((u) => u.at.split(path.sep)[0]));
    for (const folder of ["app", "components", "lib"]) expect(folders, folder).toContain(folder);
  });

  it("can tell the namespace of every translator", () => {
    expect(uses.filter((u) => u.namespaces.length === 0).map(at)).toEqual([]);
  });

  it("has every namespace a translator is made for", () => {
    expect(where(translatorNamespacesWritten().filter((n) => typeof lookup(n.key) !== "object"))).toEqual([]);
  });

  it("has a message for every key the code spells out", () => {
    const missing = uses.flatMap((u) =>
      "literal" in u.key && !u.optional
        ? u.namespaces
            .map((ns) => full(ns, (u.key as { literal: string }).literal))
            .filter((key) => typeof lookup(key) !== "string")
            .map((key) => `${key} (${u.at})`)
        : [],
    );
    expect(missing).toEqual([]);
  });

  it("has messages under every key the code completes at run time", () => {
    const keys = catalogKeys();
    const missing = uses.flatMap((u) =>
      "prefix" in u.key
        ? u.namespaces
            .map((ns) => `${ns ? `${ns}.` : ""}${(u.key as { prefix: string }).prefix}`)
            .filter((prefix) => !keys.some((key) => key.startsWith(prefix)))
            .map((prefix) => `${prefix}… (${u.at})`)
        : [],
    );
    expect(missing).toEqual([]);
  });

  it("knows every namespace the code looks a key up in by a value, and no other", () => {
    // A namespace translated with t(kind), t(state.code): its keys are checked below by the
    // values the code spells out. A new one is described in LOOKED_UP_BY_VALUE first.
    expect(computedNamespaces().filter((ns) => !(ns in LOOKED_UP_BY_VALUE))).toEqual([]);
    expect(
      Object.keys(LOOKED_UP_BY_VALUE).filter((ns) => !computedNamespaces().includes(ns)),
      "no longer looked up by a value",
    ).toEqual([]);
  });

  it("shows every message in the catalog somewhere", () => {
    const used = new Set([
      ...refusals().keys.map((k) => k.key),
      ...Object.values(BUILT_KEYS).flatMap((keys) => keys()),
    ]);
    const prefixes: string[] = [];
    for (const use of uses) {
      for (const ns of use.namespaces) {
        if ("literal" in use.key) used.add(full(ns, use.key.literal));
        else if ("prefix" in use.key) prefixes.push(`${ns ? `${ns}.` : ""}${use.key.prefix}`);
      }
    }
    // Under a namespace looked up by a value, a key is shown when that value is spelled
    // out somewhere in the code (an enum's member, a state's name): "recorded_vote" for
    // staffResolutions.adoptions.recorded_vote.
    const written = writtenStrings();
    const unused = catalogKeys().filter(
      (key) =>
        !used.has(key) &&
        !prefixes.some((prefix) => key.startsWith(prefix)) &&
        !Object.keys(LOOKED_UP_BY_VALUE).some(
          (ns) => key.startsWith(`${ns}.`) && written.has(key.slice(ns.length + 1)),
        ),
    );
    expect(unused).toEqual([]);
  });
});
