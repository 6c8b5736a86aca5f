"use client";

import { useCallback, useState } from "react";
import { Alert } from "@/app/_components/ui/alert";
import { Button } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { useI18n } from "@/app/_i18n/client";
import { useTRPCClient } from "@/app/_trpc/client";
import { PlacementSetting } from "../_tools/placement-setting";
import { RunStatus } from "../_tools/run-status";
import { usePlacement } from "../_tools/use-placement";
import { useToolRun } from "../_tools/use-tool-run";

const MAX_CHARS = 4000;

export function SentimentTool() {
  const { t } = useI18n();
  const client = useTRPCClient();
  const placement = usePlacement();
  const [text, setText] = useState("");
  const [inputError, setInputError] = useState<string | null>(null);
  const runOnServer = useCallback((input: { text: string }) => client.inference.sentiment.mutate(input), [client]);
  const tool = useToolRun<{ text: string }, { label: string; score: number }>("sentiment", placement, runOnServer);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const trimmed = text.trim();
    if (!trimmed) return setInputError(t("tools.emptyInput"));
    if (trimmed.length > MAX_CHARS) return setInputError(t("tools.tooLong", { max: MAX_CHARS }));
    setInputError(null);
    void tool.run({ text: trimmed });
  };

  return (
    <Card className="space-y-6">
      <PlacementSetting state={placement} />
      <form onSubmit={submit} className="space-y-3" noValidate>
        <label htmlFor="sentiment-text" className="block text-sm font-medium text-slate-800">
          {t("tools.sentimentInput")}
        </label>
        <textarea
          id="sentiment-text"
          rows={4}
          value={text}
          maxLength={MAX_CHARS}
          placeholder={t("tools.sentimentPlaceholder")}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={inputError ? true : undefined}
          className="block w-full rounded-md border-0 px-3 py-2 ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-indigo-600"
        />
        {inputError && <p role="alert" className="text-sm text-red-600">{inputError}</p>}
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
