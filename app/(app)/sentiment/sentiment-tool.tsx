"use client";

import { useCallback } from "react";
import { Alert } from "@/app/_components/ui/alert";
import { Button } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { useI18n } from "@/app/_i18n/client";
import { useTRPCClient } from "@/app/_trpc/client";
import { PlacementSetting } from "../_tools/placement-setting";
import { RunStatus } from "../_tools/run-status";
import { TextInput, useTextInput } from "../_tools/text-input";
import { usePlacement } from "../_tools/use-placement";
import { useToolRun } from "../_tools/use-tool-run";

export function SentimentTool() {
  const { t } = useI18n();
  const client = useTRPCClient();
  const placement = usePlacement();
  const input = useTextInput();
  const runOnServer = useCallback((request: { text: string }) => client.inference.sentiment.mutate(request), [client]);
  const tool = useToolRun<{ text: string }, { label: string; score: number }>(placement, runOnServer);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const text = input.validate();
    if (text) void tool.run("sentiment", { text });
  };

  return (
    <Card className="space-y-6">
      <PlacementSetting state={placement} />
      <form onSubmit={submit} className="space-y-3" noValidate>
        <TextInput state={input} label={t("tools.sentimentInput")} placeholder={t("tools.sentimentPlaceholder")} />
        <Button type="submit" pending={tool.pending}>
          {t("tools.analyze")}
        </Button>
      </form>
      {tool.error && <Alert tone="error">{tool.error}</Alert>}
      {tool.result && (
        <div data-testid="sentiment-result" data-label={tool.result.label} className="rounded-lg bg-slate-50 p-4">
          <p className="text-lg font-semibold">{t(`tools.label.${tool.result.label}`)}</p>
          <p className="text-sm text-slate-600">{t("tools.confidence", { percent: Math.round(tool.result.score * 100) })}</p>
        </div>
      )}
      <RunStatus info={tool.info} progress={tool.progress} />
    </Card>
  );
}
