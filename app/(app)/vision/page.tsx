import { ToolPage } from "../_tools/tool-page";
import { VisionTool } from "./vision-tool";

export const metadata = { title: "Vision" };

export default function Page() {
  return (
    <ToolPage tool="vision">
      <VisionTool />
    </ToolPage>
  );
}
