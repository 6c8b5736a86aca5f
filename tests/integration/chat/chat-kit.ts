import { readFile } from "node:fs/promises";
import { afterAll, beforeAll } from "vitest";
import { handleCustomerMessage, startConversation } from "@/server/chat";
import type { Db } from "@/server/db";
import { getInference } from "@/server/inference";
import { importKnowledge } from "@/server/kb";
import { createUser } from "@/tests/helpers/factories";
import { tempModelsDir } from "@/tests/helpers/inference";

import { SUPPORT_KB_DIR } from "@/tests/helpers/fixtures";

/** Tiny models in a temporary MODELS_DIR for this file's inference runtime (read on first use), extractive answers. */
export function useTinyModels() {
  let models: Awaited<ReturnType<typeof tempModelsDir>> | undefined;
  beforeAll(async () => {
    models = await tempModelsDir();
    Object.assign(process.env, {
      MODELS_DIR: models.dir,
      INFERENCE_TRANSPORT: "embedded",
      INFERENCE_WORKERS: "1",
      INFERENCE_DEVICE: "cpu",
      INFERENCE_THREADS: "1",
      CHAT_ANSWER_MODE: "extractive",
    });
  });
  afterAll(async () => {
    await getInference().close();
    await models?.remove();
  });
}

/** A fresh organization (the owner's personal one) holding the support-kb fixture in the given languages. */
export async function supportOrganization(db: Db, label: string, languages: ("en" | "zh")[] = ["en"]) {
  const owner = await createUser(db, label);
  const organization = await db.organization.findUniqueOrThrow({ where: { id: owner.personalOrganizationId } });
  for (const language of languages) {
    const content = await readFile(`${SUPPORT_KB_DIR}/lumen-faq.${language}.md`, "utf8");
    await importKnowledge(db, { organizationId: organization.id, actorId: owner.id }, { fileName: `lumen-faq.${language}.md`, content, language });
  }
  return { owner, organization };
}

/** A customer of `slug`, with a `say` helper that sends one message and returns the outcome. */
export async function customerOf(db: Db, slug: string) {
  const { token, conversationId } = await startConversation(db, { organizationSlug: slug });
  return { token, conversationId, say: (text: string) => handleCustomerMessage(db, { token, text }) };
}
