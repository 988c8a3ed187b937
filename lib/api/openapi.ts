import { createTranslator } from "next-intl";
import * as z from "zod";
import { API_V1_PATH } from "@/lib/domain/urls";
import { messages } from "@/messages/en";
import { operations } from "./operations";
import type { ApiOperation } from "./respond";
import { apiSchemas } from "./schemas";

/*
 * The OpenAPI 3.1 document of the public API, generated, never written by hand: its
 * paths from the operations list, its schemas from the zod schemas the handlers parse
 * their output with (z.toJSONSchema), its words from the message catalog. Served at
 * /api/v1/openapi.json and read by the /developers page.
 */

type JsonSchema = Record<string, unknown>;

export type OpenApiParameter = {
  name: string;
  in: "path" | "query";
  required: boolean;
  description?: string;
  schema: JsonSchema;
};

export type OpenApiOperation = {
  operationId: string;
  summary: string;
  description: string;
  tags: string[];
  parameters: OpenApiParameter[];
  responses: Record<string, unknown>;
};

export type OpenApiDocument = {
  openapi: "3.1.0";
  info: {
    title: string;
    version: string;
    description: string;
    license: { name: string; identifier: string };
  };
  servers: Array<{ url: string }>;
  tags: Array<{ name: string; description: string }>;
  paths: Record<string, { get: OpenApiOperation }>;
  components: {
    schemas: Record<string, JsonSchema>;
    responses: Record<string, unknown>;
    headers: Record<string, unknown>;
  };
};

const SCHEMA_REF = "#/components/schemas/";

/** A zod schema as JSON Schema 2020-12 (OpenAPI 3.1's dialect), without a $schema of its own. */
function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io,
    unrepresentable: "any",
  });
  return rest;
}

/** Every named schema (lib/api/schemas.ts), each referring to the others by $ref. */
function componentSchemas(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(apiSchemas, {
    target: "draft-2020-12",
    io: "output",
    uri: (id) => `${SCHEMA_REF}${id}`,
  }) as { schemas: Record<string, JsonSchema> };
  return Object.fromEntries(
    Object.entries(schemas).map(([id, { $schema: _s, $id: _i, ...schema }]) => [id, schema]),
  );
}

function schemaRef(schema: z.ZodType): JsonSchema {
  const id = apiSchemas.get(schema)?.id;
  if (!id) throw new Error("every response schema is registered in apiSchemas");
  return { $ref: `${SCHEMA_REF}${id}` };
}

/** The group an operation is listed under on the /developers page: its path's first segment. */
export function operationGroup(path: string): string {
  return path.split("/")[1]!.replace(/\..*$/, "");
}

const GROUPS = [
  "campaigns",
  "organisations",
  "targets",
  "awaiting-response",
  "resolutions",
  "openapi",
] as const;

function buildDocument(): OpenApiDocument {
  const t = createTranslator({ locale: "en-GB", messages, namespace: "api" });
  const jsonOk = (description: string, schema: JsonSchema) => ({
    description,
    headers: {
      ETag: { $ref: "#/components/headers/ETag" },
      "Cache-Control": { $ref: "#/components/headers/CacheControl" },
    },
    content: { "application/json": { schema } },
  });

  const paths: OpenApiDocument["paths"] = {};
  for (const operation of Object.values(operations) as ApiOperation<never>[]) {
    const pathParams = [...operation.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => name!);
    const parameters: OpenApiParameter[] = [
      ...pathParams.map((name) => ({
        name,
        in: "path" as const,
        required: true,
        description: t(`parameters.${name as "slug" | "letterSlug"}`),
        schema: { type: "string" },
      })),
      ...Object.entries(operation.query?.shape ?? {}).map(([name, field]) => {
        const { description, ...schema } = jsonSchema(field as z.ZodType, "input");
        return {
          name,
          in: "query" as const,
          required: false,
          ...(typeof description === "string" ? { description } : {}),
          schema,
        };
      }),
    ];
    const responses: Record<string, unknown> = {
      "200": jsonOk(t(`operations.${operation.id as OperationKey}.ok`), schemaRef(operation.schema)),
      "304": { $ref: "#/components/responses/NotModified" },
      "400": { $ref: "#/components/responses/BadRequest" },
    };
    if (operation.canBeMissing) responses["404"] = { $ref: "#/components/responses/NotFound" };
    paths[operation.path] = {
      get: {
        operationId: operation.id,
        summary: t(`operations.${operation.id as OperationKey}.summary`),
        description: t(`operations.${operation.id as OperationKey}.description`),
        tags: [operationGroup(operation.path)],
        parameters,
        responses,
      },
    };
  }
  paths["/openapi.json"] = {
    get: {
      operationId: "getOpenApiDocument",
      summary: t("operations.getOpenApiDocument.summary"),
      description: t("operations.getOpenApiDocument.description"),
      tags: ["openapi"],
      parameters: [],
      responses: {
        "200": jsonOk(t("operations.getOpenApiDocument.ok"), { type: "object" }),
        "304": { $ref: "#/components/responses/NotModified" },
      },
    },
  };

  const errorContent = { "application/json": { schema: { $ref: `${SCHEMA_REF}Error` } } };
  return {
    openapi: "3.1.0",
    info: {
      title: t("info.title"),
      version: "1.0.0",
      description: t("info.description"),
      license: { name: "AGPL-3.0-or-later", identifier: "AGPL-3.0-or-later" },
    },
    servers: [{ url: API_V1_PATH }],
    tags: GROUPS.map((name) => ({ name, description: t(`groups.${name}`) })),
    paths,
    components: {
      schemas: componentSchemas(),
      headers: {
        ETag: { description: t("headers.etag"), schema: { type: "string" } },
        CacheControl: { description: t("headers.cacheControl"), schema: { type: "string" } },
      },
      responses: {
        NotModified: { description: t("responses.notModified") },
        BadRequest: { description: t("responses.badRequest"), content: errorContent },
        NotFound: { description: t("responses.notFound"), content: errorContent },
      },
    },
  };
}

type OperationKey = keyof typeof operations | "getOpenApiDocument";

let built: OpenApiDocument | null = null;

/** The document, built once per process: it changes only with the code. */
export function openApiDocument(): OpenApiDocument {
  built ??= buildDocument();
  return built;
}

/** The operation that serves the document itself, through the same helper as the others. */
export const openApiOperation: ApiOperation<Record<string, never>> = {
  id: "getOpenApiDocument",
  path: "/openapi.json",
  schema: z.record(z.string(), z.unknown()),
  canBeMissing: false,
  tags: () => [],
  load: async () => openApiDocument(),
};
