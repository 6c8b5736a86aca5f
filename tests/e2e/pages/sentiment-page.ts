import type { Page } from "playwright-core";

export class SentimentPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto("/sentiment");
    await this.page.getByRole("heading", { name: "Sentiment analysis" }).waitFor();
  }

  async runOn(placement: "Auto" | "On this device" | "On our servers", text: string) {
    await this.page.getByText(placement, { exact: true }).click();
    await this.page.getByLabel("Text to analyze").fill(text);
    await this.page.getByRole("button", { name: "Analyze" }).click();
    await this.page.getByTestId("sentiment-result").waitFor({ timeout: 60_000 });
  }

  label() {
    return this.page.getByTestId("sentiment-result").getAttribute("data-label");
  }

  ranOn() {
    return this.page.getByTestId("ran-on").getAttribute("data-ran-on");
  }
}
