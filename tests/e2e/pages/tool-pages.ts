import type { Page } from "playwright-core";

export type Placement = "Auto" | "On this device" | "On our servers";

/** What every tool page shares: the placement choice and where the last run happened. */
class ToolPage {
  constructor(
    protected readonly page: Page,
    private readonly path: string,
    private readonly heading: string,
  ) {}

  async open() {
    await this.page.goto(this.path);
    await this.page.getByRole("heading", { name: this.heading }).waitFor();
  }

  protected async submit(placement: Placement, button: string, resultTestId: string) {
    await this.page.getByText(placement, { exact: true }).click();
    await this.page.getByRole("button", { name: button }).click();
    await this.page.getByTestId(resultTestId).waitFor({ timeout: 60_000 });
  }

  /** Where the tool's main result ran (the first status block on the page). */
  ranOn() {
    return this.page.getByTestId("ran-on").first().getAttribute("data-ran-on");
  }
}

export class SentimentPage extends ToolPage {
  constructor(page: Page) {
    super(page, "/sentiment", "Sentiment analysis");
  }

  async runOn(placement: Placement, text: string) {
    await this.page.getByLabel("Text to analyze").fill(text);
    await this.submit(placement, "Analyze", "sentiment-result");
  }

  label() {
    return this.page.getByTestId("sentiment-result").getAttribute("data-label");
  }
}

export class TranslatePage extends ToolPage {
  constructor(page: Page) {
    super(page, "/translate", "Translation");
  }

  async runOn(placement: Placement, text: string) {
    await this.page.getByLabel("Text to translate").fill(text);
    await this.submit(placement, "Translate", "translation-result");
  }

  translation() {
    return this.page.getByTestId("translation-result").textContent();
  }
}

export class VisionPage extends ToolPage {
  constructor(page: Page) {
    super(page, "/vision", "Image recognition");
  }

  async runOn(placement: Placement, image: { name: string; mimeType: string; buffer: Buffer }) {
    await this.page.locator('input[type="file"]').setInputFiles(image);
    await this.submit(placement, "Recognize", "vision-labels");
  }

  topLabel() {
    return this.page.getByTestId("vision-labels").locator("li span").first().textContent();
  }
}
