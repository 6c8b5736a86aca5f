import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";
import { generateTinyModels } from "@/scripts/models/tiny";
import { createApiKey, type ApiScope, API_SCOPES } from "@/server/api-keys";
import type { Db } from "@/server/db";
import { getInference } from "@/server/inference";
import { createUser } from "@/tests/helpers/factories";

/**
 * Tiny demo models in a temporary MODELS_DIR, and the embedded runtime pointed at them. Call from `beforeAll`,
 * before the first request: the runtime reads its environment once. Returns the cleanup for `afterAll`.
 */
export async function useTinyRuntime(): Promise<() => Promise<void>> {
  const modelsDir = await mkdtemp(join(tmpdir(), "lumen-api-models-"));
  await generateTinyModels(modelsDir);
  Object.assign(process.env, {
    MODELS_DIR: modelsDir,
    MODELS_PROFILE: "tiny",
    INFERENCE_TRANSPORT: "embedded",
    INFERENCE_WORKERS: "1",
    INFERENCE_DEVICE: "cpu",
  });
  return async () => {
    await getInference().close();
    await rm(modelsDir, { recursive: true, force: true });
  };
}

interface OrgOptions {
  scopes?: ApiScope[];
  /** A plan made for this organization alone. */
  plan?: { rateLimitPerMinute?: number; monthlyQuota?: number | null };
}

/** A signed-up user's organization with one API key. */
export async function createApiOrganization(db: Db, options: OrgOptions = {}) {
  const owner = await createUser(db, "api-owner");
  const organizationId = owner.personalOrganizationId;
  if (options.plan) {
    const plan = await db.plan.create({
      data: {
        id: `test-${randomBytes(5).toString("hex")}`,
        name: "Test plan",
        priceCents: 0,
        includedUnits: 0,
        monthlyQuota: options.plan.monthlyQuota ?? null,
        rateLimitPerMinute: options.plan.rateLimitPerMinute ?? 1000,
      },
    });
    await db.subscription.create({ data: { organizationId, planId: plan.id, status: "ACTIVE" } });
  }
  const key = await createApiKey(db, {
    organizationId,
    actorId: owner.id,
    input: { name: "test key", scopes: options.scopes ?? [...API_SCOPES], expiresAt: null },
  });
  return { owner, organizationId, key };
}

type RouteHandler = (request: Request) => Promise<Response>;

/** Calls a route handler the way Next does: one `Request` in, one `Response` out. */
export function post(handler: RouteHandler, path: string, options: { key?: string; body?: unknown; headers?: Record<string, string>; raw?: BodyInit } = {}) {
  const headers = new Headers(options.headers);
  if (options.key) headers.set("authorization", `Bearer ${options.key}`);
  if (options.raw === undefined) headers.set("content-type", "application/json");
  const body = options.raw ?? JSON.stringify(options.body ?? {});
  return handler(new Request(`http://lumen.test/api/v1${path}`, { method: "POST", headers, body }));
}

export async function usageEvents(db: Db, organizationId: string) {
  return db.usageEvent.findMany({ where: { organizationId }, orderBy: { createdAt: "asc" } });
}

/** The `data:` payloads of a server-sent event stream, `[DONE]` included as a string. */
export async function readEvents(response: Response): Promise<unknown[]> {
  const text = await response.text();
  return text
    .split("\n\n")
    .filter((block) => block.startsWith("data: "))
    .map((block) => block.slice("data: ".length))
    .map((data) => (data === "[DONE]" ? data : JSON.parse(data)));
}

/** A solid-colour image, encoded. */
export function solidImage(rgb: [number, number, number], format: "png" | "jpeg" | "webp" = "png", size = 16): Promise<Buffer> {
  return sharp({ create: { width: size, height: size, channels: 3, background: { r: rgb[0], g: rgb[1], b: rgb[2] } } })
    .toFormat(format)
    .toBuffer();
}
