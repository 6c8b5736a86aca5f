"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Alert } from "@/app/_components/ui/alert";
import { Button } from "@/app/_components/ui/button";
import { Card, CardHeader } from "@/app/_components/ui/card";
import { useI18n } from "@/app/_i18n/client";
import { useTRPC } from "@/app/_trpc/client";
import { errorText } from "@/app/_trpc/errors";
import { KNOWLEDGE_LIMITS } from "@/server/kb/limits";
import { useKnowledgeRefresh } from "./use-knowledge-refresh";

export function ImportCard() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const refresh = useKnowledgeRefresh();
  const [file, setFile] = useState<File | null>(null);
  const [tooLarge, setTooLarge] = useState(false);
  const importFile = useMutation(trpc.knowledge.import.mutationOptions({ onSuccess: () => refresh() }));

  return (
    <Card>
      <CardHeader title={t("knowledge.import.title")} description={t("knowledge.import.body")} />
      <form
        className="space-y-4"
        onSubmit={async (event) => {
          event.preventDefault();
          if (!file) return;
          if (file.size > KNOWLEDGE_LIMITS.importBytes) return setTooLarge(true);
          importFile.mutate({ fileName: file.name, content: await file.text() });
        }}
      >
        <input
          type="file"
          name="knowledge-file"
          accept=".md,.markdown,.txt,text/markdown,text/plain"
          aria-label={t("knowledge.import.file")}
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setTooLarge(false);
            importFile.reset();
          }}
          className="block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:font-semibold"
        />
        <Button type="submit" pending={importFile.isPending} disabled={!file}>
          {t("knowledge.import.button")}
        </Button>
      </form>
      {tooLarge && <Alert tone="error" className="mt-3">{t("knowledge.import.tooLarge")}</Alert>}
      {importFile.error && <Alert tone="error" className="mt-3">{errorText(importFile.error, t)}</Alert>}
      {importFile.data && <Alert tone="success" className="mt-3">{t("knowledge.import.done", { ...importFile.data })}</Alert>}
    </Card>
  );
}
