import { describe, expect, it } from "vitest";
import { handleCustomerMessage } from "@/server/chat";
import { testDb } from "@/tests/helpers/db";
import { renderTextImage } from "@/tests/helpers/render-text-image";
import { customerOf, supportOrganization, useTinyModels } from "./chat-kit";

const db = testDb();
useTinyModels();

describe("images in the support chat", () => {
  it("reads a screenshot's text (OCR), classifies it, and uses the text to find the matching FAQ entry", async () => {
    const { organization } = await supportOrganization(db, "faq-image");
    const customer = await customerOf(db, organization.slug);
    const screenshot = await renderTextImage(["Lumen app", "Error code E-42", "The lamp could not be reached"], "png", { fontSize: 28 });

    const { replies } = await handleCustomerMessage(db, { token: customer.token, text: "What does this mean?", image: Buffer.from(screenshot).toString("base64") });

    expect(replies[0]!.citations[0]).toMatchObject({ externalId: "smart-lamp-error" });
    const attachment = await db.messageAttachment.findFirstOrThrow({ where: { organizationId: organization.id } });
    expect(attachment.mimeType).toBe("image/png");
    expect(attachment.ocrText?.replace(/\s+/g, "")).toContain("Errorcode");
    expect(attachment.ocrText).toMatch(/E-?42/);
    expect(Array.isArray(attachment.labels) && attachment.labels.length).toBeGreaterThan(0);
  });

  it("refuses an attachment that is not an image, storing nothing", async () => {
    const { organization } = await supportOrganization(db, "faq-bad-image", []);
    const customer = await customerOf(db, organization.slug);
    const notAnImage = Buffer.from("GIF89a not really").toString("base64");
    await expect(handleCustomerMessage(db, { token: customer.token, text: "see attached", image: notAnImage })).rejects.toThrow();
    expect(await db.message.count({ where: { conversationId: customer.conversationId } })).toBe(0);
  });
});
