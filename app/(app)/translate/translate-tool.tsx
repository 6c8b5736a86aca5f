"use client";

import { useCallback, useState } from "react";
import { Alert } from "@/app/_components/ui/alert";
import { Button } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { SelectField } from "@/app/_components/ui/field";
import { useI18n } from "@/app/_i18n/client";
import { detectLanguage } from "@/app/_inference/detect-language";
import { useTRPCClient } from "@/app/_trpc/client";
import { PlacementSetting } from "../_tools/placement-setting";
import { RunStatus } from "../_tools/run-status";
import { TextInput, useTextInput } from "../_tools/text-input";
import { usePlacement } from "../_tools/use-placement";
import { useToolRun } from "../_tools/use-tool-run";

type Direction = "en-zh" | "zh-en";

export function TranslateTool() {
  const { t } = useI18n();
  const client = useTRPCClient();
  const placement = usePlacement();
  const input = useTextInput();
  const [direction, setDirection] = useState<"auto" | Direction>("auto");
  const [ranDirection, setRanDirection] = useState<Direction>("en-zh");
  const runOnServer = useCallback(
    (request: { text: string; direction: Direction }) => client.inference.translate.mutate(request),
    [client],
  );
  const tool = useToolRun<{ text: string; direction: Direction }, { text: string }>(placement, runOnServer);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const text = input.validate();
    if (!text) return;
    const chosen: Direction = direction === "auto" ? (detectLanguage(text) === "zh" ? "zh-en" : "en-zh") : direction;
    setRanDirection(chosen);
    void tool.run(`translation-${chosen}`, { text, direction: chosen });
  };

  return (
    <Card className="space-y-6">
      <PlacementSetting state={placement} />
      <form onSubmit={submit} className="space-y-3" noValidate>
        <SelectField label={t("tools.direction")} value={direction} onChange={(e) => setDirection(e.target.value as typeof direction)}>
          <option value="auto">{t("tools.directionAuto")}</option>
          <option value="en-zh">{t("tools.directionEnZh")}</option>
          <option value="zh-en">{t("tools.directionZhEn")}</option>
        </SelectField>
        <TextInput state={input} label={t("tools.translateInput")} placeholder={t("tools.translatePlaceholder")} />
        <Button type="submit" pending={tool.pending}>
          {t("tools.translateButton")}
        </Button>
      </form>
      {tool.error && <Alert tone="error">{tool.error}</Alert>}
      {tool.result && (
        <div className="rounded-lg bg-slate-50 p-4">
          <p className="text-sm text-slate-500">{t("tools.translation")}</p>
          <p data-testid="translation-result" lang={ranDirection === "en-zh" ? "zh" : "en"} className="mt-1 text-lg">
            {tool.result.text}
          </p>
        </div>
      )}
      <RunStatus info={tool.info} progress={tool.progress} />
    </Card>
  );
}
