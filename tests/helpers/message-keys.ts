import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseAst } from "vite";
import { messages } from "@/messages/en";

/*
 * What the code asks of the message catalog, read from the source itself so that a new
 * file, a new refusal or a new t("…") is checked the day it is written. The files are
 * parsed (vite's parser, which reads TypeScript and JSX), not grepped, so a translator's
 * namespace follows the variable it was bound to, however it is named.
 */

export const root = path.resolve(__dirname, "../..");

/** Every folder that holds code which may throw a refusal or translate a message. */
export const SOURCE_DIRS = ["app", "components", "lib", "db", "i18n", "scripts"] as const;

/** A place in the source, "lib/x.ts:12", for failure messages. */
export type Place = string;
export type Found = { key: string; at: Place };

// ── The catalog ──────────────────────────────────────────────────────────────

/** The catalog entry at a dotted path: a string, a namespace object, or undefined. */
export function lookup(key: string): unknown {
  if (key === "") return messages;
  return key
    .split(".")
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
}

/** Every message's full key ("errors.letter.notDraft"). */
export function catalogKeys(node: unknown = messages, prefix = ""): string[] {
  return Object.entries(node as Record<string, unknown>).flatMap(([name, value]) =>
    typeof value === "string" ? [prefix + name] : catalogKeys(value, `${prefix + name}.`),
  );
}

// ── Reading the source ───────────────────────────────────────────────────────

/** A node of the ESTree (with TypeScript) that vite's parser returns. */
type Node = { type: string; start: number; [field: string]: unknown };
type Source = { file: string; text: string; program: Node };

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "migrations" ? [] : filesUnder(rel);
    return /\.(ts|tsx|mts|mjs)$/.test(entry.name) && !/\.d\.m?ts$/.test(entry.name) ? [rel] : [];
  });
}

let cache: Source[] | undefined;

/** Every source file under SOURCE_DIRS, parsed once per test run. */
export function sources(): Source[] {
  cache ??= SOURCE_DIRS.flatMap(filesUnder).map((file) => {
    const text = readFileSync(path.join(root, file), "utf8");
    const lang = file.endsWith(".tsx") ? "tsx" : file.endsWith(".mjs") ? "js" : "ts";
    return { file, text, program: parseAst(text, { lang }, file) as unknown as Node };
  });
  return cache;
}

function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && typeof (value as Node).type === "string";
}

/** Calls `enter` on every node, outermost first, with the nodes around it (innermost last). */
function walk(node: Node, enter: (node: Node, ancestors: Node[]) => void, ancestors: Node[] = []): void {
  enter(node, ancestors);
  ancestors.push(node);
  for (const [field, value] of Object.entries(node)) {
    if (field === "parent") continue;
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) walk(item, enter, ancestors);
    } else if (isNode(value)) walk(value, enter, ancestors);
  }
  ancestors.pop();
}

function place(source: Source, node: Node): Place {
  let line = 1;
  for (let i = 0; i < node.start; i++) if (source.text.charCodeAt(i) === 10) line++;
  return `${source.file}:${line}`;
}

/** A string the code spells out in full: "x" or `x` without placeholders. */
function stringValue(node: unknown): string | null {
  if (!isNode(node)) return null;
  if (node.type === "Literal" && typeof node.value === "string") return node.value;
  if (node.type === "TemplateLiteral" && (node.expressions as Node[]).length === 0) {
    return ((node.quasis as Node[])[0]!.value as { cooked: string }).cooked;
  }
  return null;
}

/** A template with placeholders, as written between the backticks. */
function templateText(source: Source, node: Node): string {
  return source.text.slice(node.start + 1, (node.end as number) - 1);
}

const name = (node: unknown): string | null =>
  isNode(node) && node.type === "Identifier" ? (node.name as string) : null;

const FUNCTIONS = new Set(["FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression"]);

// ── Refusals ─────────────────────────────────────────────────────────────────

/** A full refusal key: "errors.letter.notDraft". */
const ERROR_KEY = /^errors(\.[a-zA-Z]+)+$/;
/** A schema's message, which lib/actions/result.ts prefixes with "errors."; any other reads "errors.invalid". */
const SCHEMA_MESSAGE = /^[a-z]+\.[a-zA-Z]+$/;

export type Refusals = {
  /** Every "errors.*" key spelled out in the code, and every schema message with its prefix. */
  keys: Found[];
  /** Keys built at run time (`errors.import.${problem.code}`), as written between the backticks. */
  templates: Found[];
  /** Refusals no catalog key can be found for: a schema message or an ActionError not shaped like one. */
  malformed: Found[];
};

/**
 * Every refusal key the code can hand to a user: thrown (ActionError), returned (a
 * domain rule's refusal, a route's error), set beside a field, or given to a zod schema
 * as its message in a file that imports zod.
 */
export function refusals(): Refusals {
  const out: Refusals = { keys: [], templates: [], malformed: [] };
  for (const source of sources()) {
    const usesZod = /from\s+["']zod["']/.test(source.text);
    const found = (key: string, node: Node) => out.keys.push({ key, at: place(source, node) });
    const malformed = (value: string, node: Node) =>
      out.malformed.push({ key: value, at: place(source, node) });

    /** A schema's message: lib/actions/result.ts prefixes "letter.titleRequired" with "errors.". */
    const schemaMessage = (node: Node | undefined) => {
      const value = stringValue(node);
      if (value === null || ERROR_KEY.test(value)) return; // a full key is found as a string below
      if (SCHEMA_MESSAGE.test(value)) found(`errors.${value}`, node!);
      else malformed(value, node!);
    };

    /** Local helpers that take a schema message as an argument: name → its position. */
    const messageParams = new Map<string, number>();
    walk(source.program, (node) => {
      const fn = node.type === "VariableDeclarator" ? (node.init as Node | null) : node;
      const fnName = name(node.id);
      if (!usesZod || !fnName || !fn || !FUNCTIONS.has(fn.type)) return;
      (fn.params as Node[]).forEach((param, index) => {
        if (["message", "error"].includes(name(param) ?? "")) messageParams.set(fnName, index);
      });
    });

    walk(source.program, (node, ancestors) => {
      const value = stringValue(node);
      if (value !== null && ERROR_KEY.test(value) && ancestors.at(-1)?.type !== "ImportDeclaration") {
        found(value, node);
      }
      if (node.type === "TemplateLiteral" && value === null) {
        const text = templateText(source, node);
        if (text.startsWith("errors.")) out.templates.push({ key: text, at: place(source, node) });
      }
      // new ActionError("errors.…") and a rule's { messageKey: "errors.…" } take full keys only.
      const refusal =
        node.type === "NewExpression" && name(node.callee) === "ActionError"
          ? (node.arguments as Node[])[0]
          : node.type === "Property" && name(node.key) === "messageKey"
            ? (node.value as Node)
            : undefined;
      const refusalText = stringValue(refusal);
      if (refusalText !== null && !ERROR_KEY.test(refusalText)) malformed(refusalText, refusal!);

      if (!usesZod) return;
      // { message: "letter.titleRequired" } (or zod 4's { error }) in a schema or an issue.
      if (node.type === "Property" && ["message", "error"].includes(name(node.key) ?? "")) {
        schemaMessage(node.value as Node);
      }
      if (node.type === "CallExpression") {
        const args = node.arguments as Node[];
        // optional(check, "letter.dateInvalid", parse): a local helper's `message` parameter.
        const index = messageParams.get(name(node.callee) ?? "");
        if (index !== undefined) schemaMessage(args[index]);
        // z.string().min(1, "letter.titleRequired"): zod also takes a bare string.
        if (rootName(node.callee) === "z") for (const arg of args.slice(1)) schemaMessage(arg);
      }
    });
  }
  return out;
}

/** The identifier a chain of calls and properties starts from: `z` in z.string().min(1). */
function rootName(node: unknown): string | null {
  let current = node;
  while (isNode(current) && (current.type === "MemberExpression" || current.type === "CallExpression")) {
    current = current.type === "MemberExpression" ? current.object : current.callee;
  }
  return name(current);
}

/**
 * The members of a string-literal union named in a type: `unionMembers("MappingProblem",
 * "code")` reads `type MappingProblem = { code: "unknownColumn" | "nameRequired"; … }`
 * wherever it is declared, following aliases.
 */
export function unionMembers(typeName: string, property?: string): string[] {
  for (const source of sources()) {
    let found: string[] | null = null;
    walk(source.program, (node) => {
      if (found || node.type !== "TSTypeAliasDeclaration" || name(node.id) !== typeName) return;
      let type = node.typeAnnotation as Node;
      if (property) {
        const member = ((type.members as Node[] | undefined) ?? []).find(
          (m) => m.type === "TSPropertySignature" && name(m.key) === property,
        );
        type = (member?.typeAnnotation as Node | undefined)?.typeAnnotation as Node;
      }
      found = literalUnion(type);
    });
    if (found) return found;
  }
  throw new Error(`no type ${typeName}${property ? ` with ${property}` : ""} in the source`);
}

function literalUnion(type: Node | undefined): string[] {
  if (!type) return [];
  if (type.type === "TSUnionType") return (type.types as Node[]).flatMap(literalUnion);
  if (type.type === "TSLiteralType") {
    const value = stringValue(type.literal);
    return value === null ? [] : [value];
  }
  if (type.type === "TSTypeReference") return unionMembers(name(type.typeName) ?? "");
  return [];
}

// ── Translations ─────────────────────────────────────────────────────────────

/** What a translator call asks for: a key spelled out, a key starting with a prefix, or anything. */
export type KeyUse = { literal: string } | { prefix: string } | { unknown: true };

export type TranslationUse = {
  /** The namespaces the translator may be bound to ("" for the whole catalog). */
  namespaces: string[];
  key: KeyUse;
  /** t.has(…) asks whether a key exists; it does not need one. */
  optional: boolean;
  at: Place;
};

/** next-intl's, and lib/i18n/catalogs.ts's catalogTranslator (a kept createTranslator, for e-mails and feeds). */
const TRANSLATOR_FACTORIES = new Set([
  "useTranslations",
  "getTranslations",
  "createTranslator",
  "catalogTranslator",
]);
const TRANSLATOR_METHODS = new Set(["rich", "markup", "raw", "has"]);

/**
 * A name in one scope: the namespaces if it is a translator (null if not), its declared
 * type, and its value when it is a constant (`const key = \`actions.${action}\``).
 */
type Binding = { translator: string[] | null; type?: Node; value?: Node };

/** A function or component, named "file#name", and what each of its parameters is bound to. */
type Callee = { node: Node; scope: Map<string, Binding> };

/** A translator handed on: to a parameter (by position) or a prop (by name) of a function or component. */
type Flow = { target: string; param: number | string; translator: () => string[] | null | undefined };

/**
 * Every call of a translator, with the namespaces it was made for. A translator is a
 * variable bound to useTranslations / getTranslations / createTranslator (also through
 * Promise.all), a parameter or prop typed as one (getTranslations<"timeline">), or a
 * parameter or prop a translator is handed to (`<RecordForm t={t}>`, `label(t, kind)`),
 * in this file or another. Scopes are followed, so one component's `t` is not confused
 * with another's.
 */
export function translationUses(): TranslationUse[] {
  const callees = new Map<string, Callee>();
  const flows: Flow[] = [];
  const files = sources().map((source) => {
    const aliases = typeAliases(source.program);
    const imports = importedNames(source);
    const keyOf = (local: string) => imports.get(local) ?? `${source.file}#${local}`;
    const scopes = new Map<Node, Map<string, Binding>>();
    const scopeOf = (node: Node) => {
      if (!scopes.has(node)) scopes.set(node, new Map());
      return scopes.get(node)!;
    };
    const lookupName = (ancestors: Node[], id: string): Binding | undefined => {
      for (let i = ancestors.length - 1; i >= 0; i--) {
        const binding = scopes.get(ancestors[i]!)?.get(id);
        if (binding) return binding;
      }
      return undefined;
    };
    const bind = (scopeNode: Node, id: string, binding: Binding) => {
      const scope = scopeOf(scopeNode);
      if (!scope.get(id)?.translator) scope.set(id, binding);
    };

    // What each name is bound to, scope by scope (outer scopes first), and where translators go.
    walk(source.program, (node, ancestors) => {
      if (node.type === "VariableDeclarator") {
        const scope = [...ancestors].reverse().find((a) => SCOPES.has(a.type) || FUNCTIONS.has(a.type))!;
        const namespacesOf = (init: unknown) =>
          translatorNamespaces(init, (id) => lookupName(ancestors, id), aliases);
        const init = unwrapAwait(node.init);
        const id = node.id as Node;
        if (id.type === "Identifier") {
          const constant = (ancestors.at(-1)?.kind as string) === "const" ? init : undefined;
          bind(scope, id.name as string, { translator: namespacesOf(init), value: constant });
          if (init && FUNCTIONS.has(init.type))
            callees.set(keyOf(id.name as string), { node: init, scope: scopeOf(init) });
        }
        if (id.type === "ArrayPattern" && isPromiseAll(init)) {
          const made = ((init!.arguments as Node[])[0]?.elements as (Node | null)[] | undefined) ?? [];
          (id.elements as (Node | null)[]).forEach((element, i) => {
            const elementName = name(element);
            if (elementName) bind(scope, elementName, { translator: namespacesOf(made[i]) });
          });
        }
        if (id.type !== "Identifier")
          for (const bound of boundNames(id)) bind(scope, bound, { translator: null });
      }
      if (FUNCTIONS.has(node.type)) {
        for (const param of node.params as Node[]) {
          for (const [id, type] of typedNames(param, aliases)) {
            bind(node, id, { translator: type ? translatorType(type, aliases) : null, type });
          }
        }
        const declared = name(node.id);
        if (declared) callees.set(keyOf(declared), { node, scope: scopeOf(node) });
      }
      // <RecordForm t={t}> and label(t, kind): the translator goes on to a prop or a parameter.
      const handOn = (target: string, param: number | string, value: unknown) => {
        const id = name(value);
        if (!id) return;
        const around = [...ancestors]; // read once every binding is known
        flows.push({ target: keyOf(target), param, translator: () => lookupName(around, id)?.translator });
      };
      const element = node.type === "JSXOpeningElement" ? (node.name as Node) : null;
      if (element?.type === "JSXIdentifier") {
        for (const attribute of node.attributes as Node[]) {
          const value = attribute.value as Node | null;
          if (attribute.type === "JSXAttribute" && value?.type === "JSXExpressionContainer") {
            handOn(element.name as string, (attribute.name as Node).name as string, value.expression);
          }
        }
      }
      const called = node.type === "CallExpression" ? name(node.callee) : null;
      if (called) {
        for (const [i, arg] of (node.arguments as Node[]).entries()) handOn(called, i, arg);
      }
    });
    return { source, lookupName };
  });

  // A parameter or prop that translators are handed to is a translator for all their namespaces.
  for (let round = 0, changed = true; changed && round < 5; round++) {
    changed = false;
    for (const [key, callee] of callees) {
      const params = callee.node.params as Node[];
      const targets: [string, number | string][] = params.flatMap(
        (param, index): [string, number | string][] => {
          const target = param.type === "AssignmentPattern" ? (param.left as Node) : param;
          if (target.type === "Identifier") return [[target.name as string, index]];
          if (target.type !== "ObjectPattern" || index !== 0) return [];
          return (target.properties as Node[]).flatMap((p): [string, string][] => {
            const local = name(
              p.type === "Property"
                ? (p.value as Node).type === "AssignmentPattern"
                  ? (p.value as Node).left
                  : p.value
                : null,
            );
            const prop = name(p.key);
            return local && prop ? [[local, prop]] : [];
          });
        },
      );
      for (const [local, param] of targets) {
        const handed = flows
          .filter((f) => f.target === key && f.param === param)
          .flatMap((f) => f.translator() ?? []);
        const current = callee.scope.get(local);
        const merged = [...new Set([...(current?.translator ?? []), ...handed])];
        if (handed.length > 0 && merged.length !== (current?.translator?.length ?? -1)) {
          callee.scope.set(local, { ...current, translator: merged });
          changed = true;
        }
      }
    }
  }

  // Every call of something bound to a translator.
  return files.flatMap(({ source, lookupName }) => {
    const uses: TranslationUse[] = [];
    walk(source.program, (node, ancestors) => {
      if (node.type !== "CallExpression") return;
      const callee = node.callee as Node;
      let id = name(callee);
      let method = "";
      if (!id && callee.type === "MemberExpression" && !callee.computed) {
        method = name(callee.property) ?? "";
        if (TRANSLATOR_METHODS.has(method)) id = name(callee.object);
      }
      const namespaces = id ? lookupName(ancestors, id)?.translator : null;
      if (!namespaces) return;
      const arg = (node.arguments as Node[])[0];
      const constant = name(arg) ? lookupName(ancestors, name(arg)!)?.value : undefined;
      for (const key of keyUses(constant ?? arg)) {
        uses.push({ namespaces, key, optional: method === "has", at: place(source, node) });
      }
    });
    return uses;
  });
}

/** The names a file imports from the code, each as "file#name" of the module that exports it. */
function importedNames(source: Source): Map<string, string> {
  const imported = new Map<string, string>();
  for (const statement of source.program.body as Node[]) {
    if (statement.type !== "ImportDeclaration") continue;
    const file = resolveModule(source.file, stringValue(statement.source) ?? "");
    if (!file) continue;
    for (const specifier of statement.specifiers as Node[]) {
      const local = name(specifier.local)!;
      const exported = specifier.type === "ImportSpecifier" ? (name(specifier.imported) ?? local) : local;
      imported.set(local, `${file}#${exported}`);
    }
  }
  return imported;
}

let sourceFileNames: Set<string> | undefined;

/** "@/components/ui/form-kit" imported from any file → "components/ui/form-kit.tsx", or null for a package. */
function resolveModule(from: string, spec: string): string | null {
  const base = spec.startsWith("@/")
    ? spec.slice(2)
    : spec.startsWith(".")
      ? path.join(path.dirname(from), spec)
      : null;
  if (base === null) return null;
  sourceFileNames ??= new Set(sources().map((s) => s.file));
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    `${base}.mjs`,
    `${base}/index.ts`,
    `${base}/index.tsx`,
  ]) {
    if (sourceFileNames.has(path.normalize(candidate))) return path.normalize(candidate);
  }
  return null;
}

/** Every namespace a translator is made for in so many words: getTranslations("staffLetters"). */
export function translatorNamespacesWritten(): Found[] {
  return sources().flatMap((source) => {
    const found: Found[] = [];
    walk(source.program, (node) => {
      if (node.type !== "CallExpression" || !TRANSLATOR_FACTORIES.has(name(node.callee) ?? "")) return;
      const written = namespaceArgument(node);
      if (written !== null) found.push({ key: written, at: place(source, node) });
    });
    return found;
  });
}

/** Every string spelled out in the source (literals, and the fixed parts of templates). */
export function writtenStrings(): Set<string> {
  const strings = new Set<string>();
  for (const source of sources()) {
    walk(source.program, (node) => {
      if (node.type === "Literal" && typeof node.value === "string") strings.add(node.value);
      if (node.type === "TemplateElement") strings.add((node.value as { cooked: string }).cooked);
    });
  }
  return strings;
}

const SCOPES = new Set(["Program", "BlockStatement", "StaticBlock"]);

/** The keys a translator's first argument can be: t("a"), t(ok ? "a" : "b"), t(`kinds.${kind}`). */
function keyUses(node: Node | undefined): KeyUse[] {
  // t(`kind.${kind}` as "kind.vote"): the cast is for the compiler; the key is the template.
  const arg = unwrapAwait(node);
  const literal = stringValue(arg);
  if (literal !== null) return [{ literal }];
  if (arg?.type === "ConditionalExpression")
    return [...keyUses(arg.consequent as Node), ...keyUses(arg.alternate as Node)];
  if (arg?.type === "TemplateLiteral") {
    return [{ prefix: ((arg.quasis as Node[])[0]!.value as { cooked: string }).cooked }];
  }
  return [{ unknown: true }];
}

function unwrapAwait(node: unknown): Node | undefined {
  let current = node;
  while (
    isNode(current) &&
    ["AwaitExpression", "TSAsExpression", "TSSatisfiesExpression"].includes(current.type)
  ) {
    current = current.type === "AwaitExpression" ? current.argument : current.expression;
  }
  return isNode(current) ? current : undefined;
}

function isPromiseAll(node: Node | undefined): boolean {
  const callee = node?.type === "CallExpression" ? node.callee : null;
  return isNode(callee) && callee.type === "MemberExpression" && name(callee.object) === "Promise";
}

/** Every name a binding pattern declares. */
function boundNames(pattern: Node | undefined): string[] {
  if (!pattern) return [];
  switch (pattern.type) {
    case "Identifier":
      return [pattern.name as string];
    case "ArrayPattern":
      return (pattern.elements as (Node | null)[]).flatMap((e) => boundNames(e ?? undefined));
    case "ObjectPattern":
      return (pattern.properties as Node[]).flatMap((p) =>
        boundNames((p.type === "RestElement" ? p.argument : p.value) as Node),
      );
    case "AssignmentPattern":
      return boundNames(pattern.left as Node);
    case "RestElement":
      return boundNames(pattern.argument as Node);
    default:
      return [];
  }
}

/** A parameter's names with their declared types: `t: T`, and `{ t, kind }: { t: T; kind: K }` for props. */
function typedNames(param: Node, aliases: Map<string, Node>): [string, Node | undefined][] {
  const target = param.type === "AssignmentPattern" ? (param.left as Node) : param;
  const annotation = (target.typeAnnotation as Node | null)?.typeAnnotation as Node | undefined;
  const id = name(target);
  if (id) return [[id, annotation]];
  const literal = resolveAlias(annotation, aliases);
  const members = literal?.type === "TSTypeLiteral" ? (literal.members as Node[]) : [];
  const typed: [string, Node | undefined][] = [];
  if (target.type === "ObjectPattern") {
    // { t, kind }: { t: Translator; kind: Kind }, the usual way a component takes its props.
    for (const property of target.properties as Node[]) {
      if (property.type !== "Property") continue;
      const value = property.value as Node;
      const local = name(value.type === "AssignmentPattern" ? value.left : value);
      const member = members.find((m) => name(m.key) === name(property.key));
      if (local) typed.push([local, (member?.typeAnnotation as Node | undefined)?.typeAnnotation as Node]);
    }
  }
  const untyped = boundNames(target).filter((n) => !typed.some(([local]) => local === n));
  return [...typed, ...untyped.map((n): [string, undefined] => [n, undefined])];
}

function resolveAlias(type: Node | undefined, aliases: Map<string, Node>): Node | undefined {
  let current = type;
  for (let depth = 0; current?.type === "TSTypeReference" && depth < 5; depth++) {
    const target = aliases.get(name(current.typeName) ?? "");
    if (!target) break;
    current = target;
  }
  return current;
}

/** The namespace written in a factory call: getTranslations("x") or ({ namespace: "x" }). */
function namespaceArgument(call: Node): string | null {
  const arg = (call.arguments as Node[])[0];
  if (arg?.type === "ObjectExpression") {
    const property = (arg.properties as Node[]).find((p) => name(p.key) === "namespace");
    return property ? stringValue(property.value) : null;
  }
  return stringValue(arg);
}

/**
 * The namespaces a translator made by `init` is for ("" for the whole catalog), [] when
 * they cannot be told, or null when `init` makes no translator.
 */
function translatorNamespaces(
  init: unknown,
  lookupName: (id: string) => Binding | undefined,
  aliases: Map<string, Node>,
): string[] | null {
  const call = unwrapAwait(init);
  if (call?.type !== "CallExpression" || !TRANSLATOR_FACTORIES.has(name(call.callee) ?? "")) return null;
  const arg = (call.arguments as Node[])[0];
  const written = namespaceArgument(call);
  if (written !== null) return [written];
  if (!arg) return [""];
  if (arg.type === "ObjectExpression") {
    const property = (arg.properties as Node[]).find((p) => name(p.key) === "namespace");
    return property ? namespacesOfValue(property.value as Node, lookupName, aliases) : [""];
  }
  return namespacesOfValue(arg, lookupName, aliases);
}

/** getTranslations(namespace), where `namespace` is declared as a union of namespaces. */
function namespacesOfValue(
  value: Node,
  lookupName: (id: string) => Binding | undefined,
  aliases: Map<string, Node>,
): string[] {
  const id = name(value);
  return id ? typeLiterals(lookupName(id)?.type, aliases) : [];
}

/** A type that is a translator: getTranslations<"timeline">, directly or through local aliases. */
function translatorType(type: Node, aliases: Map<string, Node>): string[] | null {
  let namespaces: string[] | null = null;
  const seen = new Set<Node>();
  const visit = (node: Node) =>
    walk(node, (inner) => {
      if (inner.type === "TSTypeReference") {
        const target = aliases.get(name(inner.typeName) ?? "");
        if (target && !seen.has(target)) {
          seen.add(target);
          visit(target);
        }
      }
      if (inner.type === "TSTypeQuery" && TRANSLATOR_FACTORIES.has(name(inner.exprName) ?? "")) {
        const args = (inner.typeArguments as Node | null)?.params as Node[] | undefined;
        // Without a type argument next-intl's translator is the whole catalog's.
        namespaces = args?.length ? typeLiterals(args[0], aliases) : [""];
      }
    });
  visit(type);
  return namespaces;
}

/** The string literals a type names: "a" | "b", or an alias of such a union. */
function typeLiterals(type: Node | undefined, aliases: Map<string, Node>): string[] {
  const resolved = resolveAlias(type, aliases);
  if (!resolved) return [];
  if (resolved.type === "TSUnionType")
    return (resolved.types as Node[]).flatMap((t) => typeLiterals(t, aliases));
  if (resolved.type === "TSLiteralType") {
    const value = stringValue(resolved.literal);
    return value === null ? [] : [value];
  }
  return [];
}

function typeAliases(program: Node): Map<string, Node> {
  const aliases = new Map<string, Node>();
  walk(program, (node) => {
    if (node.type === "TSTypeAliasDeclaration") aliases.set(name(node.id)!, node.typeAnnotation as Node);
  });
  return aliases;
}
