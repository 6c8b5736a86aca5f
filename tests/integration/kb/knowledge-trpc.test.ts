import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDb } from "@/tests/helpers/db";
import { callerFor, createUser, rejectsWithCode } from "@/tests/helpers/factories";
import { readFixture, useTinyEmbeddings } from "./kb-test-kit";

const db = testDb();
let cleanup: () => Promise<void>;
let owner: Awaited<ReturnType<typeof createUser>>;
let outsider: Awaited<ReturnType<typeof createUser>>;
let member: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  cleanup = await useTinyEmbeddings();
  owner = await createUser(db, "kb-owner");
  outsider = await createUser(db, "kb-outsider");
  member = await createUser(db, "kb-member");
  await db.membership.create({ data: { organizationId: owner.personalOrganizationId, userId: member.id, role: "MEMBER" } });
});

afterAll(async () => {
  await cleanup?.();
});

const documentCount = (organizationId: string) => db.knowledgeDocument.count({ where: { organizationId } });

describe("knowledge procedures", () => {
  it("lets an admin import, create, list, search, update and delete", async () => {
    const api = await callerFor(db, owner.id, owner.personalOrganizationId);
    expect(await api.knowledge.import({ fileName: "lumen-faq.zh.md", content: await readFixture("zh") })).toMatchObject({ entries: 26, created: 26 });
    const created = await api.knowledge.create({ title: "Showroom", body: "Our showroom in Shanghai opens at 10 am." });
    expect(created).toMatchObject({ kind: "FAQ", language: "en", chunks: 1, embeddedChunks: 1 });

    const page = await api.knowledge.list({ query: "showroom", pageSize: 10 });
    expect(page).toMatchObject({ total: 1, items: [{ id: created.id, title: "Showroom" }] });
    expect((await api.knowledge.list({ page: 2, pageSize: 20 })).items).toHaveLength(7);

    const found = await api.knowledge.search({ query: "退货政策" });
    expect(found.passages[0]).toMatchObject({ externalId: "return-policy", language: "zh" });
    expect(await api.knowledge.status()).toMatchObject({ documents: 27, chunks: 27, tiny: true });

    await api.knowledge.update({ documentId: created.id, title: "Showroom hours", body: "Open from 11 am." });
    expect((await api.knowledge.get({ documentId: created.id })).body).toBe("Open from 11 am.");
    await api.knowledge.delete({ documentId: created.id });
    await rejectsWithCode(api.knowledge.get({ documentId: created.id }), "NOT_FOUND");
  });

  it("lets members read and search but not change knowledge", async () => {
    const api = await callerFor(db, member.id, owner.personalOrganizationId);
    expect((await api.knowledge.list()).total).toBe(26);
    expect((await api.knowledge.search({ query: "怎么开发票" })).answerable).toBe(true);
    await rejectsWithCode(api.knowledge.create({ title: "x", body: "y" }), "FORBIDDEN");
    await rejectsWithCode(api.knowledge.import({ fileName: "a.md", content: "## [a] b\nc" }), "FORBIDDEN");
  });

  it("refuses bad input with BAD_REQUEST and writes nothing", async () => {
    const organizationId = outsider.personalOrganizationId;
    const api = await callerFor(db, outsider.id, organizationId);
    await rejectsWithCode(api.knowledge.create({ title: "  ", body: "answer" }), "BAD_REQUEST");
    await rejectsWithCode(api.knowledge.create({ title: "t".repeat(301), body: "answer" }), "BAD_REQUEST");
    await rejectsWithCode(api.knowledge.create({ title: "Huge", body: "x".repeat(1024 * 1024) }), "BAD_REQUEST");
    await rejectsWithCode(api.knowledge.import({ fileName: "big.md", content: `## [a] q\n${"x".repeat(2 * 1024 * 1024)}` }), "BAD_REQUEST");
    const malformed = [
      "# Just a title\n\nNo entries here.",
      "## [ok] Fine\nAnswer.\n\n## Missing id\nAnswer.",
      "## [dup] One\nA.\n\n## [dup] Two\nB.",
      "## [empty] No answer\n\n## [next] Next\nAnswer.",
      "%PDF-1.7 binary",
    ];
    for (const content of malformed) await rejectsWithCode(api.knowledge.import({ fileName: "faq.md", content }), "BAD_REQUEST");
    expect(await documentCount(organizationId)).toBe(0);
  });

  it("keeps organizations apart: FORBIDDEN for another organization, NOT_FOUND for its ids", async () => {
    const [document] = (await (await callerFor(db, owner.id, owner.personalOrganizationId)).knowledge.list()).items;
    const intoOwners = await callerFor(db, outsider.id, owner.personalOrganizationId);
    await rejectsWithCode(intoOwners.knowledge.search({ query: "退货" }), "FORBIDDEN");
    await rejectsWithCode(intoOwners.knowledge.delete({ documentId: document!.id }), "FORBIDDEN");

    const own = await callerFor(db, outsider.id, outsider.personalOrganizationId);
    await rejectsWithCode(own.knowledge.get({ documentId: document!.id }), "NOT_FOUND");
    await rejectsWithCode(own.knowledge.update({ documentId: document!.id, title: "Hijacked", body: "x" }), "NOT_FOUND");
    await rejectsWithCode(own.knowledge.delete({ documentId: document!.id }), "NOT_FOUND");
    expect((await own.knowledge.search({ query: "退货政策" })).passages).toEqual([]);
    expect((await db.knowledgeDocument.findUniqueOrThrow({ where: { id: document!.id } })).title).not.toBe("Hijacked");
  });
});
