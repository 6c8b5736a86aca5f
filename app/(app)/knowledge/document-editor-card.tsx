"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Alert } from "@/app/_components/ui/alert";
import { Button } from "@/app/_components/ui/button";
import { Card, CardHeader } from "@/app/_components/ui/card";
import { SelectField, TextField } from "@/app/_components/ui/field";
import { useI18n } from "@/app/_i18n/client";
import { useTRPC } from "@/app/_trpc/client";
import { errorText, fieldError } from "@/app/_trpc/errors";
import { KNOWLEDGE_LIMITS } from "@/server/kb/limits";
import { useKnowledgeRefresh } from "./use-knowledge-refresh";

type Kind = "FAQ" | "DOCUMENT";
type Language = "auto" | "en" | "zh";

interface Draft {
  kind: Kind;
  title: string;
  body: string;
  language: Language;
}

const EMPTY: Draft = { kind: "FAQ", title: "", body: "", language: "auto" };

/** Adds an entry, or edits `documentId` when set (the parent remounts it per document). */
export function DocumentEditorCard({ documentId, onDone }: { documentId: string | null; onDone: () => void }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const refresh = useKnowledgeRefresh();
  const existing = useQuery({ ...trpc.knowledge.get.queryOptions({ documentId: documentId ?? "" }), enabled: documentId !== null });
  const [draft, setDraft] = useState<Draft | null>(documentId ? null : EMPTY);
  const loaded = existing.data;
  const current: Draft | null =
    draft ?? (loaded ? { kind: loaded.kind, title: loaded.title, body: loaded.body, language: (loaded.language as Language | null) ?? "auto" } : null);
  const finish = async () => {
    await refresh();
    setDraft(EMPTY);
    onDone();
  };
  const create = useMutation(trpc.knowledge.create.mutationOptions({ onSuccess: finish }));
  const update = useMutation(trpc.knowledge.update.mutationOptions({ onSuccess: finish }));
  const error = create.error ?? update.error;
  const set = (patch: Partial<Draft>) => current && setDraft({ ...current, ...patch });

  return (
    <Card>
      <CardHeader title={t(documentId ? "knowledge.editor.editTitle" : "knowledge.editor.addTitle")} />
      {existing.isPending && documentId ? (
        <p className="text-sm text-slate-500">{t("common.loading")}</p>
      ) : existing.error ? (
        <Alert tone="error">{errorText(existing.error, t)}</Alert>
      ) : current ? (
        <form
          className="space-y-4"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const input = { kind: current.kind, title: current.title, body: current.body, language: current.language === "auto" ? null : current.language };
            if (documentId) update.mutate({ documentId, ...input, externalId: loaded?.externalId ?? null });
            else create.mutate(input);
          }}
        >
          <div className="flex flex-wrap gap-3">
            <SelectField label={t("knowledge.editor.kind")} name="knowledge-kind" value={current.kind} onChange={(e) => set({ kind: e.target.value as Kind })}>
              <option value="FAQ">{t("knowledge.kinds.FAQ")}</option>
              <option value="DOCUMENT">{t("knowledge.kinds.DOCUMENT")}</option>
            </SelectField>
            <SelectField label={t("knowledge.editor.language")} name="knowledge-language" value={current.language} onChange={(e) => set({ language: e.target.value as Language })}>
              {(["auto", "en", "zh"] as const).map((language) => (
                <option key={language} value={language}>
                  {t(`knowledge.languages.${language}`)}
                </option>
              ))}
            </SelectField>
          </div>
          <TextField
            label={t(current.kind === "FAQ" ? "knowledge.editor.question" : "knowledge.editor.title")}
            name="knowledge-title"
            value={current.title}
            maxLength={KNOWLEDGE_LIMITS.titleChars}
            onChange={(e) => set({ title: e.target.value })}
            error={fieldError(error, "title")}
          />
          <div className="space-y-1">
            <label htmlFor="knowledge-body" className="block text-sm font-medium text-slate-800">
              {t(current.kind === "FAQ" ? "knowledge.editor.answer" : "knowledge.editor.body")}
            </label>
            <textarea
              id="knowledge-body"
              name="knowledge-body"
              rows={8}
              value={current.body}
              onChange={(e) => set({ body: e.target.value })}
              aria-invalid={fieldError(error, "body") ? true : undefined}
              className="block w-full rounded-md border-0 px-3 py-2 text-slate-900 shadow-sm ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-indigo-600 focus:ring-inset sm:text-sm aria-[invalid=true]:ring-red-500"
            />
            <p className="text-sm text-slate-500">{fieldError(error, "body") ?? t("knowledge.editor.bodyHint")}</p>
          </div>
          <div className="flex gap-3">
            <Button type="submit" pending={create.isPending || update.isPending}>
              {t("common.save")}
            </Button>
            {documentId && (
              <Button type="button" variant="secondary" onClick={onDone}>
                {t("common.cancel")}
              </Button>
            )}
          </div>
          {error && !fieldError(error) && <Alert tone="error">{errorText(error, t)}</Alert>}
        </form>
      ) : null}
    </Card>
  );
}
