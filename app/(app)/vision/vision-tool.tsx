"use client";

import { useCallback, useEffect, useState } from "react";
import { Alert } from "@/app/_components/ui/alert";
import { Button } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { useI18n } from "@/app/_i18n/client";
import { useTRPCClient } from "@/app/_trpc/client";
import { PlacementSetting } from "../_tools/placement-setting";
import { RunStatus } from "../_tools/run-status";
import { usePlacement } from "../_tools/use-placement";
import { useToolRun } from "../_tools/use-tool-run";
import { acceptImage, fileToBase64, IMAGE_TYPES, MAX_IMAGE_BYTES } from "./image-file";

type Labels = { labels: { label: string; score: number }[] };
type ImageRequest = { imageUrl: string; file: File; topK: number };

export function VisionTool() {
  const { t } = useI18n();
  const client = useTRPCClient();
  const placement = usePlacement();
  const [file, setFile] = useState<File | null>(null);
  const [previewUrl, setPreviewUrl] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const runOnServer = useCallback(
    async (input: ImageRequest) => client.inference.classifyImage.mutate({ image: await fileToBase64(input.file), topK: input.topK }),
    [client],
  );
  const tool = useToolRun<ImageRequest, Labels>(placement, runOnServer);
  const readTextOnServer = useCallback(async (input: { file: File }) => client.inference.ocr.mutate({ image: await fileToBase64(input.file) }), [client]);
  const ocr = useToolRun<{ file: File }, { text: string }>(placement, readTextOnServer);

  useEffect(() => () => void (previewUrl && URL.revokeObjectURL(previewUrl)), [previewUrl]);

  const choose = (chosen: File | undefined) => {
    if (!acceptImage(chosen)) {
      setFile(null);
      setPreviewUrl(null);
      setFileError(t("tools.imageRejected", { max: "5 MB" }));
      return;
    }
    setFileError(null);
    setFile(chosen);
    setPreviewUrl(URL.createObjectURL(chosen));
  };

  return (
    <Card className="space-y-6">
      <PlacementSetting state={placement} />
      <form
        className="space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          if (!file || !previewUrl) return;
          void tool.run("image-classification", { imageUrl: previewUrl, file, topK: 3 });
          void ocr.run("ocr", { file });
        }}
      >
        <label className="block text-sm font-medium text-slate-800">
          {t("tools.chooseImage", { max: `${MAX_IMAGE_BYTES / 1024 / 1024} MB` })}
          <input
            type="file"
            name="image"
            accept={IMAGE_TYPES.join(",")}
            className="mt-2 block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-2"
            onChange={(event) => choose(event.target.files?.[0])}
          />
        </label>
        {fileError && <p role="alert" className="text-sm text-red-600">{fileError}</p>}
        {/* eslint-disable-next-line @next/next/no-img-element -- a local object URL, not an optimizable asset */}
        {previewUrl && <img src={previewUrl} alt={t("tools.imagePreview")} className="max-h-64 rounded-md ring-1 ring-slate-200" />}
        <Button type="submit" pending={tool.pending} disabled={!file}>
          {t("tools.classify")}
        </Button>
      </form>
      {tool.error && <Alert tone="error">{tool.error}</Alert>}
      {tool.result && (
        <div className="rounded-lg bg-slate-50 p-4">
          <p className="mb-2 text-sm text-slate-500">{t("tools.labels")}</p>
          <ul data-testid="vision-labels" className="space-y-1">
            {tool.result.labels.map((label) => (
              <li key={label.label} className="flex justify-between text-sm">
                <span className="font-medium">{label.label}</span>
                <span>{Math.round(label.score * 100)}%</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      <RunStatus info={tool.info} progress={tool.progress} />
      {(ocr.result || ocr.pending || ocr.error) && (
        <div className="space-y-3 rounded-lg bg-slate-50 p-4">
          <p className="text-sm text-slate-500">{t("tools.textInImage")}</p>
          {ocr.pending && <p className="text-sm text-slate-500">{t("common.loading")}</p>}
          {ocr.error && <Alert tone="error">{ocr.error}</Alert>}
          {ocr.result && (
            <p data-testid="ocr-text" className="whitespace-pre-wrap">
              {ocr.result.text || t("tools.noText")}
            </p>
          )}
          <div data-testid="ocr-status">
            <RunStatus info={ocr.info} progress={ocr.progress} />
          </div>
        </div>
      )}
    </Card>
  );
}
