"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Alert } from "@/app/_components/ui/alert";
import { Badge } from "@/app/_components/ui/badge";
import { Button } from "@/app/_components/ui/button";
import { Card, CardHeader } from "@/app/_components/ui/card";
import { TextField } from "@/app/_components/ui/field";
import { useI18n } from "@/app/_i18n/client";
import { useTRPC } from "@/app/_trpc/client";
import { errorText } from "@/app/_trpc/errors";

export function TryQuestionCard() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const [draft, setDraft] = useState("");
  const [question, setQuestion] = useState("");
  const search = useQuery({ ...trpc.knowledge.search.queryOptions({ query: question, limit: 5 }), enabled: question.length > 0 });

  return (
    <Card>
      <CardHeader title={t("knowledge.try.title")} description={t("knowledge.try.body")} />
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          setQuestion(draft.trim());
        }}
      >
        <TextField className="min-w-60 flex-1" label={t("knowledge.try.question")} name="knowledge-question" value={draft} maxLength={1000} onChange={(e) => setDraft(e.target.value)} />
        <Button type="submit" pending={search.isFetching} disabled={!draft.trim()}>
          {t("knowledge.try.button")}
        </Button>
      </form>
      {search.error && <Alert tone="error" className="mt-3">{errorText(search.error, t)}</Alert>}
      {search.data && (
        <div className="mt-4 space-y-3" data-testid="knowledge-results">
          <Alert tone={search.data.answerable ? "success" : "warning"}>
            {t(search.data.answerable ? "knowledge.try.answerable" : "knowledge.try.notAnswerable", { confidence: search.data.confidence.toFixed(2) })}
          </Alert>
          {search.data.passages.length === 0 ? (
            <p className="text-sm text-slate-600">{t("knowledge.try.noPassages")}</p>
          ) : (
            <ol className="space-y-3">
              {search.data.passages.map((passage) => (
                <li key={passage.chunkId} className="rounded-md p-3 ring-1 ring-slate-200">
                  <div className="flex flex-wrap items-center gap-2">
                    <span className="font-medium text-slate-900">{passage.title}</span>
                    {passage.externalId && <Badge>{passage.externalId}</Badge>}
                    {passage.language && <Badge>{passage.language}</Badge>}
                  </div>
                  <p className="mt-1 line-clamp-3 text-sm whitespace-pre-line text-slate-700">{passage.text}</p>
                  <p className="mt-1 font-mono text-xs text-slate-500">
                    {t("knowledge.try.scores", {
                      score: passage.score.toFixed(4),
                      fts: passage.ftsRank ?? "—",
                      vector: passage.vectorRank ?? "—",
                      coverage: passage.ftsCoverage?.toFixed(2) ?? "—",
                      cosine: passage.cosine?.toFixed(2) ?? "—",
                    })}
                  </p>
                </li>
              ))}
            </ol>
          )}
        </div>
      )}
    </Card>
  );
}
