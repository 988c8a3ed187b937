import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import type { OpenApiDocument, OpenApiParameter } from "@/lib/api/openapi";
import { API_V1_PATH, OPENAPI_PATH } from "@/lib/domain/urls";

/*
 * The API's reference, read from its OpenAPI document (lib/api/openapi.ts): the same
 * paths, parameters, words and schemas a generated client sees, so the page cannot
 * describe an API other than the one served.
 */

type JsonSchema = Record<string, unknown>;

const SCHEMA_REF = "#/components/schemas/";

/** A schema's type in short notation: string, integer, Letter[], "day" | "month", X | null. */
function typeOf(schema: JsonSchema): string {
  if (typeof schema.$ref === "string") return schema.$ref.replace(SCHEMA_REF, "");
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as JsonSchema[]).map(typeOf).join(" | ");
  if (Array.isArray(schema.oneOf)) return (schema.oneOf as JsonSchema[]).map(typeOf).join(" | ");
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  if (schema.type === "array") return `${typeOf((schema.items as JsonSchema) ?? {})}[]`;
  if (schema.type === "object" && schema.properties) return "object";
  if (typeof schema.type === "string") return schema.type;
  return "any";
}

function responseSchemaName(responses: Record<string, unknown>): string | null {
  const ok = responses["200"] as { content?: Record<string, { schema?: JsonSchema }> } | undefined;
  const schema = ok?.content?.["application/json"]?.schema;
  return typeof schema?.$ref === "string" ? schema.$ref.replace(SCHEMA_REF, "") : null;
}

/** A response's description, its $ref to the shared responses followed. */
function responseDescription(document: OpenApiDocument, response: unknown): string {
  const { $ref, description } = response as { $ref?: string; description?: string };
  if (!$ref) return description ?? "";
  const shared = document.components.responses[$ref.replace("#/components/responses/", "")];
  return (shared as { description?: string } | undefined)?.description ?? "";
}

const anchor = (name: string) => `schema-${name}`;

function TypeText({ schema }: { schema: JsonSchema }) {
  return <code className="text-sm break-words">{typeOf(schema)}</code>;
}

/** The fields of an object schema, nested objects included, as a definition list. */
function Fields({ schema, depth = 0 }: { schema: JsonSchema; depth?: number }) {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required as string[] | undefined) ?? []);
  return (
    <dl className={depth > 0 ? "mt-1 border-l-2 border-line pl-3" : "mt-2"}>
      {Object.entries(properties).map(([name, field]) => {
        const inner = field.type === "array" ? ((field.items as JsonSchema) ?? {}) : field;
        return (
          <div key={name} className="py-1">
            <dt className="flex flex-wrap gap-x-2">
              <code className="font-semibold">
                {name}
                {required.has(name) ? "" : "?"}
              </code>
              <TypeText schema={field} />
            </dt>
            {typeof field.description === "string" ? (
              <dd className="text-sm text-ink-muted">{field.description}</dd>
            ) : null}
            {inner.type === "object" && inner.properties && depth < 3 ? (
              <dd>
                <Fields schema={inner} depth={depth + 1} />
              </dd>
            ) : null}
          </div>
        );
      })}
    </dl>
  );
}

async function Parameters({ parameters }: { parameters: OpenApiParameter[] }) {
  const t = await getTranslations("developers");
  if (parameters.length === 0) return null;
  return (
    <div className="mt-3">
      <h4 className="font-semibold">{t("parameters")}</h4>
      <dl className="mt-1">
        {parameters.map((p) => (
          <div key={`${p.in}-${p.name}`} className="py-1">
            <dt className="flex flex-wrap gap-x-2">
              <code className="font-semibold">{p.name}</code>
              <TypeText schema={p.schema} />
              <span className="text-sm text-ink-muted">
                {t(`in.${p.in}`)}, {p.required ? t("required") : t("optional")}
              </span>
            </dt>
            {p.description ? <dd className="text-sm text-ink-muted">{p.description}</dd> : null}
          </div>
        ))}
      </dl>
    </div>
  );
}

export async function ApiReference({ document }: { document: OpenApiDocument }) {
  const t = await getTranslations("developers");
  const schemas = Object.entries(document.components.schemas);
  return (
    <div className="mx-auto flex max-w-5xl flex-col gap-12 px-4 py-12 sm:px-6">
      <section aria-labelledby="conventions-heading">
        <h2 id="conventions-heading" className="text-2xl font-bold">
          {t("conventionsHeading")}
        </h2>
        <ul className="mt-4 flex max-w-3xl list-disc flex-col gap-2 pl-5">
          <li>
            {t.rich("conventions.base", { base: API_V1_PATH, code: (chunks) => <code>{chunks}</code> })}
          </li>
          <li>{t("conventions.cors")}</li>
          <li>{t("conventions.cache")}</li>
          <li>{t("conventions.errors")}</li>
          <li>{t("conventions.privacy")}</li>
        </ul>
        <p className="mt-6">
          <a href={OPENAPI_PATH} className={buttonClasses("secondary")}>
            {t("openapi")}
          </a>
        </p>
        <p className="mt-2 text-sm text-ink-muted">{t("openapiHint")}</p>
        <h3 className="mt-8 text-xl font-bold">{t("downloadsHeading")}</h3>
        <p className="mt-2 max-w-3xl">{t("downloads")}</p>
      </section>

      <section aria-labelledby="operations-heading">
        <h2 id="operations-heading" className="text-2xl font-bold">
          {t("operationsHeading")}
        </h2>
        <ul className="mt-4 flex flex-col gap-6">
          {Object.entries(document.paths).map(([path, { get }]) => {
            const returns = responseSchemaName(get.responses);
            return (
              <li
                key={path}
                id={get.operationId}
                className="rounded-lg border border-line bg-surface p-4 sm:p-6"
              >
                <h3 className="text-lg font-bold">{get.summary}</h3>
                <p className="mt-1 break-all">
                  <code className="font-semibold">GET {API_V1_PATH + path}</code>
                </p>
                <p className="mt-2 text-ink-muted">{get.description}</p>
                <Parameters parameters={get.parameters} />
                <h4 className="mt-3 font-semibold">{t("responses")}</h4>
                <ul className="mt-1 text-sm">
                  {returns ? (
                    <li>
                      200:{" "}
                      {t.rich("returns", {
                        schema: returns,
                        link: (chunks) => <a href={`#${anchor(returns)}`}>{chunks}</a>,
                      })}
                    </li>
                  ) : null}
                  {Object.entries(get.responses)
                    .filter(([code]) => code !== "200")
                    .map(([code, response]) => (
                      <li key={code}>
                        {code}: {responseDescription(document, response)}
                      </li>
                    ))}
                </ul>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="schemas-heading">
        <h2 id="schemas-heading" className="text-2xl font-bold">
          {t("schemasHeading")}
        </h2>
        <ul className="mt-4 flex flex-col gap-6">
          {schemas.map(([name, schema]) => (
            <li key={name} id={anchor(name)} className="scroll-mt-4">
              <h3 className="font-mono text-lg font-bold">{name}</h3>
              {typeof schema.description === "string" ? (
                <p className="text-ink-muted">{schema.description}</p>
              ) : null}
              {schema.properties ? (
                <Fields schema={schema} />
              ) : (
                <p className="mt-1">
                  <TypeText schema={schema} />
                </p>
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
