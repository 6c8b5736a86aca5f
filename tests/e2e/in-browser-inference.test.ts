import type { Browser } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "@/server/db";
import { launchBrowser, offMachineRequests } from "@/tests/helpers/browser";
import sharp from "sharp";
import { encodeCanvas, renderScreenshotCanvas, SCREENSHOT_LINES } from "@/tests/helpers/render-text-image";
import { SentimentPage, TranslatePage, VisionPage } from "./pages/tool-pages";
import { signedInSession } from "./pages/session";

const browsers: Browser[] = [];
afterAll(async () => {
  await Promise.all(browsers.map((b) => b.close()));
});

async function browser(args: string[] = []) {
  const launched = await launchBrowser(args);
  browsers.push(launched);
  return launched;
}

// Procedures that ran a model on the server (one batched tRPC request can carry several; reporting a local run
// is bookkeeping, not inference).
const serverInferenceCalls = (urls: string[]) =>
  urls
    .map((url) => new URL(url).pathname)
    .filter((path) => path.startsWith("/api/trpc/"))
    .flatMap((path) => path.slice("/api/trpc/".length).split(","))
    .filter((procedure) => procedure.startsWith("inference.") && procedure !== "inference.reportLocalRun");

describe("in-browser inference (sentiment tool)", () => {
  it("runs fully in the browser on WebAssembly, with no server inference call", async () => {
    const { page, requested, user } = await signedInSession(await browser(), "wasm");
    const tool = new SentimentPage(page);
    await tool.open();
    expect(await page.getByTestId("demo-models-banner").textContent()).toContain("tiny generated models");
    await tool.runOn("On this device", "I love it, thanks!");
    expect(await tool.label()).toBe("POSITIVE");
    expect(await tool.ranOn()).toBe("wasm");
    expect(serverInferenceCalls(requested)).toEqual([]);
    expect(requested.some((url) => url.includes("/api/models/lumen-tiny/sentiment/resolve/"))).toBe(true);
    expect(offMachineRequests(requested)).toEqual([]);
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);

    // The run is reported for quotas and analytics: one usage event on this device, nothing billed.
    const db = createDb({ databaseUrl: process.env.DATABASE_URL });
    await expect
      .poll(() => db.usageEvent.findMany({ where: { userId: user.id }, include: { outbox: true } }))
      .toEqual([expect.objectContaining({ task: "sentiment", ranOn: "wasm", units: 18, outbox: null })]);
    await db.$disconnect();

    // A second run in the same browser uses the cached model.
    await tool.runOn("On this device", "This is terrible, I want a refund");
    expect(await tool.label()).toBe("NEGATIVE");
    expect(await page.getByTestId("cached").textContent()).toBe("Yes");
  });

  it("runs on WebGPU when the browser has an adapter (SwiftShader here)", async () => {
    const { page, requested } = await signedInSession(await browser(["--enable-unsafe-webgpu", "--enable-features=Vulkan"]), "webgpu");
    const hasAdapter = await page.evaluate(async () => Boolean(await (navigator as Navigator & { gpu?: { requestAdapter(): Promise<unknown> } }).gpu?.requestAdapter()));
    expect(hasAdapter).toBe(true);
    const tool = new SentimentPage(page);
    await tool.open();
    await tool.runOn("On this device", "谢谢，很好");
    expect(await tool.label()).toBe("POSITIVE");
    expect(await tool.ranOn()).toBe("webgpu");
    expect(serverInferenceCalls(requested)).toEqual([]);
  });

  it("uses the server when asked to, with the same labels", async () => {
    const { page, requested } = await signedInSession(await browser(), "server");
    const tool = new SentimentPage(page);
    await tool.open();
    await tool.runOn("On our servers", "I love it, thanks!");
    expect(await tool.label()).toBe("POSITIVE");
    expect(await tool.ranOn()).toBe("server");
    expect(serverInferenceCalls(requested).length).toBe(1);
  });

  it("falls back to the server when the local model cannot load, keeping the input", async () => {
    const { page, requested } = await signedInSession(await browser(), "fallback");
    await page.route("**/api/models/lumen-tiny/sentiment/resolve/**", (route) => route.fulfill({ status: 500, body: "broken" }));
    const tool = new SentimentPage(page);
    await tool.open();
    await tool.runOn("On this device", "This is terrible, I want a refund");
    expect(await tool.label()).toBe("NEGATIVE");
    expect(await tool.ranOn()).toBe("server");
    expect(await page.getByLabel("Text to analyze").inputValue()).toBe("This is terrible, I want a refund");
    expect(await page.getByText(/Ran on our servers because this device could not/).count()).toBe(1);
    expect(serverInferenceCalls(requested).length).toBe(1);
  });
});

const redImage = async () => ({
  name: "red.png",
  mimeType: "image/png",
  buffer: await sharp({ create: { width: 32, height: 32, channels: 3, background: { r: 220, g: 30, b: 20 } } }).png().toBuffer(),
});

describe("in-browser inference (translation and vision tools)", () => {
  it("translates both ways on the device, detecting the direction", async () => {
    const { page, requested } = await signedInSession(await browser(), "translate");
    const tool = new TranslatePage(page);
    await tool.open();
    await tool.runOn("On this device", "Hello world");
    expect(await tool.translation()).toBe("你好世界");
    expect(await tool.ranOn()).toBe("wasm");
    await tool.runOn("On this device", "谢谢");
    expect(await tool.translation()).toBe("thanks");
    expect(serverInferenceCalls(requested)).toEqual([]);
  });

  it("classifies an image on the device and on the server with the same label", async () => {
    const { page, requested } = await signedInSession(await browser(), "vision");
    const tool = new VisionPage(page);
    await tool.open();
    await tool.runOn("On this device", await redImage());
    expect(await tool.topLabel()).toBe("red");
    expect(await tool.ranOn()).toBe("wasm");
    expect(serverInferenceCalls(requested)).toEqual([]);
    await tool.runOn("On our servers", await redImage());
    expect(await tool.topLabel()).toBe("red");
    expect(await tool.ranOn()).toBe("server");
  });

  it.each([
    ["On this device", "wasm"],
    ["On our servers", "server"],
  ] as const)("reads the text in a screenshot (OCR) %s", async (placement, ranOn) => {
    const { page, requested } = await signedInSession(await browser(), "ocr");
    const tool = new VisionPage(page);
    await tool.open();
    const screenshot = Buffer.from(await encodeCanvas(renderScreenshotCanvas(), "png"));
    await tool.runOn(placement, { name: "error.png", mimeType: "image/png", buffer: screenshot });
    await page.getByTestId("ocr-text").waitFor({ timeout: 90_000 });
    const squash = (text: string | null | undefined) => text?.replace(/\s+/g, "") ?? "";
    expect(squash(await page.getByTestId("ocr-text").textContent())).toContain(squash(SCREENSHOT_LINES.heading));
    expect(await page.getByTestId("ocr-status").getByTestId("ran-on").getAttribute("data-ran-on")).toBe(ranOn);
    expect(serverInferenceCalls(requested).length).toBe(ranOn === "server" ? 2 : 0);
  });

  it("rejects a file that is not a JPEG, PNG or WebP before uploading", async () => {
    const { page } = await signedInSession(await browser(), "badfile");
    const tool = new VisionPage(page);
    await tool.open();
    await page.locator('input[type="file"]').setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("hello") });
    await page.getByText("Use a JPEG, PNG or WebP image of at most 5 MB.").waitFor();
    expect(await page.getByRole("button", { name: "Recognize" }).isDisabled()).toBe(true);
  });
});
