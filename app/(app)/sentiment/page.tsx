import { ToolPage } from "../_tools/tool-page";
import { SentimentTool } from "./sentiment-tool";

export const metadata = { title: "Sentiment" };

export default function Page() {
  return (
    <ToolPage tool="sentiment">
      <SentimentTool />
    </ToolPage>
  );
}
