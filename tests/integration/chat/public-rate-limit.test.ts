import { describe, expect, it } from "vitest";
import { buildContext, createCaller } from "@/server/trpc";
import { PUBLIC_CHAT_LIMITS } from "@/server/trpc/routers/support";
import { testDb } from "@/tests/helpers/db";
import { createUser, rejectsWithCode } from "@/tests/helpers/factories";

const db = testDb();

const visitorFrom = async (ip: string) =>
  createCaller(await buildContext({ db, userId: null, headers: new Headers({ "x-forwarded-for": `${ip}, 10.0.0.1` }) }));

describe("public chat rate limits", () => {
  it("lets one address start a bounded number of conversations a minute, and others are unaffected", async () => {
    const owner = await createUser(db, "rate-limited-shop");
    const { slug } = await db.organization.findUniqueOrThrow({ where: { id: owner.personalOrganizationId } });
    const flooder = await visitorFrom("203.0.113.7");
    for (let i = 0; i < PUBLIC_CHAT_LIMITS.start; i++) await flooder.support.start({ organization: slug });

    const error = await rejectsWithCode(flooder.support.start({ organization: slug }), "TOO_MANY_REQUESTS");
    expect(error.message).toMatch(/^Too many requests\. Try again in \d+ s\.$/);
    expect(await db.conversation.count({ where: { organizationId: owner.personalOrganizationId } })).toBe(PUBLIC_CHAT_LIMITS.start);

    await (await visitorFrom("198.51.100.4")).support.start({ organization: slug });
    expect(await db.conversation.count({ where: { organizationId: owner.personalOrganizationId } })).toBe(PUBLIC_CHAT_LIMITS.start + 1);
  });
});
