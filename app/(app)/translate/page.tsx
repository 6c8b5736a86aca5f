import { ToolPage } from "../_tools/tool-page";
import { TranslateTool } from "./translate-tool";

export const metadata = { title: "Translate" };

export default function Page() {
  return (
    <ToolPage tool="translate">
      <TranslateTool />
    </ToolPage>
  );
}
