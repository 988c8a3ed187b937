import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/*
 * The layers of the code (README, "Map of the code"): every import points down,
 * app → components → lib/actions → lib/{mail,auth,feeds,page-cache,jobs,server} → db → lib/domain.
 * These checks read every source file, so a new file is held to them the day it is added.
 */

const root = path.resolve(__dirname, "../../..");

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(path.join(root, dir))) {
    const rel = path.join(dir, name);
    if (statSync(path.join(root, rel)).isDirectory()) {
      if (name !== "migrations") out.push(...sourceFiles(rel));
    } else if (/\.(ts|tsx|mts|mjs)$/.test(name) && !name.endsWith(".d.mts")) out.push(rel);
  }
  return out;
}

/** Every module a file imports or re-exports, as written (static, dynamic and type imports). */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(root, file), "utf8");
  const found = new Set<string>();
  const pattern = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\bvi\.mock\(\s*)["']([^"']+)["']/g;
  for (const match of text.matchAll(pattern)) found.add(match[1]!);
  return [...found];
}

/** The import as a path from the repository root, or null for a package. */
function resolved(file: string, spec: string): string | null {
  if (spec.startsWith("@/")) return spec.slice(2);
  if (spec.startsWith(".")) return path.join(path.dirname(file), spec);
  return null;
}

function violations(dir: string, allowed: (target: string | null, spec: string) => boolean): string[] {
  return sourceFiles(dir).flatMap((file) =>
    importsOf(file)
      .filter((spec) => !allowed(resolved(file, spec), spec))
      .map((spec) => `${file} imports ${spec}`),
  );
}

const under = (target: string | null, folder: string) =>
  target !== null && (target === folder || target.startsWith(`${folder}/`));

describe("import boundaries", () => {
  it("finds the files it checks", () => {
    expect(sourceFiles("db").length).toBeGreaterThan(10);
    expect(sourceFiles("lib/domain").length).toBeGreaterThan(10);
    expect(sourceFiles("components").length).toBeGreaterThan(50);
    expect(importsOf("db/index.ts")).toContain("@/db/config");
  });

  it("db/ imports only db/ and lib/domain", () => {
    expect(
      violations("db", (target) => target === null || under(target, "db") || under(target, "lib/domain")),
    ).toEqual([]);
  });

  it("lib/domain imports no database, framework or other layer", () => {
    const forbiddenPackages =
      /^(next|next-auth|next-intl|react|react-dom|drizzle-orm|pg|@electric-sql|server-only|nodemailer)(\/|$)/;
    expect(
      violations("lib/domain", (target, spec) =>
        target === null ? !forbiddenPackages.test(spec) : under(target, "lib/domain"),
      ),
    ).toEqual([]);
  });

  it("components never import from app/ nor the database client", () => {
    expect(
      violations("components", (target) => !under(target, "app") && target !== "db" && target !== "db/index"),
    ).toEqual([]);
  });

  it("pages and route handlers reach the database only through db/queries", () => {
    expect(violations("app", (target) => target !== "db" && target !== "db/index")).toEqual([]);
  });

  it("app/ holds routes only: no server action files", () => {
    const actionFiles = sourceFiles("app").filter((file) =>
      /^\s*["']use server["']/.test(readFileSync(path.join(root, file), "utf8")),
    );
    expect(actionFiles).toEqual([]);
  });

  it("links go through components/ui/link, which holds back prefetching on slow connections", () => {
    const direct = [...sourceFiles("app"), ...sourceFiles("components")].filter(
      (file) => file !== "components/ui/link.tsx" && importsOf(file).includes("next/link"),
    );
    expect(direct).toEqual([]);
  });

  it("nothing outside i18n/ imports next/link: every link is in the visitor's language (i18n/navigation)", () => {
    const files = ["app", "components", "lib", "db", "scripts"].flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((file) => importsOf(file).includes("next/link"))).toEqual([]);
  });

  it("nothing imports next-intl's navigation (i18n/navigation), whose client Link would weigh on every page", () => {
    const heavy = ["app", "components", "lib", "i18n"]
      .flatMap(sourceFiles)
      .filter((file) =>
        importsOf(file).some((spec) => spec === "@/i18n/navigation" || spec === "./navigation"),
      );
    expect(heavy).toEqual([]);
  });

  it("redirects and the current path come from i18n/, in the visitor's language", () => {
    const languageBound = /\b(redirect|permanentRedirect|useRouter|usePathname)\b/;
    const direct = ["app", "components", "lib"].flatMap(sourceFiles).filter((file) => {
      const text = readFileSync(path.join(root, file), "utf8");
      const imported = /import\s*\{([^}]*)\}\s*from\s*["']next\/navigation["']/.exec(text)?.[1] ?? "";
      return languageBound.test(imported);
    });
    expect(direct).toEqual([]);
  });

  it("the 404 page of unknown addresses reaches no client component: Next adds its JavaScript to every page", () => {
    const seen = new Set<string>();
    const clientModules: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(path.join(root, file), "utf8");
      if (/^\s*["']use client["']/.test(text)) clientModules.push(file);
      for (const spec of importsOf(file)) {
        const target = resolved(file, spec);
        if (target === null) continue;
        const found = ["", ".ts", ".tsx", "/index.ts"].map((ext) => `${target}${ext}`);
        const existing = found.find((candidate) => {
          try {
            return statSync(path.join(root, candidate)).isFile();
          } catch {
            return false;
          }
        });
        if (existing) visit(existing);
      }
    };
    visit("app/global-not-found.tsx");
    expect(seen.size).toBeGreaterThan(3);
    expect(clientModules).toEqual([]);
  });

  it("every page and layout under app/[locale] sets its language from the address (i18n/route-locale)", () => {
    const routes = sourceFiles("app/[locale]").filter((file) => /\/(page|layout)\.tsx$/.test(file));
    expect(routes.length).toBeGreaterThan(50);
    const missing = routes.filter((file) => {
      const text = readFileSync(path.join(root, file), "utf8");
      // generateMetadata too, when the page has one: Next renders it on its own.
      const functions = (text.match(/export (default )?async function (\w+)/g) ?? []).filter(
        (fn) => fn.includes("default") || fn.includes("generateMetadata"),
      );
      const calls = (text.match(/await routeLocale\(params\)|= await routeLocale\(params\)/g) ?? []).length;
      return functions.length === 0 || calls < functions.length;
    });
    expect(missing).toEqual([]);
  });

  it("browser tests take `test` from tests/helpers/test, which fails them on a Content Security Policy violation", () => {
    const specs = sourceFiles("tests/e2e").filter((file) => file.endsWith(".spec.ts"));
    expect(specs.length).toBeGreaterThan(10);
    expect(specs.filter((file) => importsOf(file).includes("@playwright/test"))).toEqual([]);
  });

  it("client components import no validation schema: its constants live in lib/validations/form-fields", () => {
    const clientFiles = sourceFiles("components").filter((file) =>
      /^\s*["']use client["']/.test(readFileSync(path.join(root, file), "utf8")),
    );
    expect(clientFiles.length).toBeGreaterThan(10);
    const schemaImports = clientFiles.flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec.startsWith("@/lib/validations/") && spec !== "@/lib/validations/form-fields")
        .map((spec) => `${file} imports ${spec}`),
    );
    expect(schemaImports).toEqual([]);
  });
});
