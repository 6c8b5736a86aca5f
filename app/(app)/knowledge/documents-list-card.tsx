"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Alert } from "@/app/_components/ui/alert";
import { Badge } from "@/app/_components/ui/badge";
import { Button } from "@/app/_components/ui/button";
import { Card, CardHeader } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { TextField } from "@/app/_components/ui/field";
import { useI18n } from "@/app/_i18n/client";
import { useTRPC } from "@/app/_trpc/client";
import { errorText } from "@/app/_trpc/errors";
import { useKnowledgeRefresh } from "./use-knowledge-refresh";

const PAGE_SIZE = 20;

export function DocumentsListCard({ canManage, onEdit }: { canManage: boolean; onEdit: (documentId: string) => void }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const refresh = useKnowledgeRefresh();
  const [query, setQuery] = useState("");
  const [page, setPage] = useState(1);
  const list = useQuery(trpc.knowledge.list.queryOptions({ query: query.trim() || undefined, page, pageSize: PAGE_SIZE }));
  const remove = useMutation(trpc.knowledge.delete.mutationOptions({ onSuccess: () => refresh() }));
  const format = new Intl.DateTimeFormat(locale === "zh" ? "zh-CN" : "en-US", { dateStyle: "medium" });
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / PAGE_SIZE)) : 1;

  return (
    <Card>
      <CardHeader title={t("knowledge.list.title")} description={canManage ? undefined : t("knowledge.list.adminOnly")} />
      <TextField
        className="mb-4 max-w-sm"
        label={t("common.search")}
        name="knowledge-search"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setPage(1);
        }}
      />
      {remove.error && <Alert tone="error" className="mb-3">{errorText(remove.error, t)}</Alert>}
      {list.isPending ? (
        <p className="text-sm text-slate-500">{t("common.loading")}</p>
      ) : list.error ? (
        <Alert tone="error">
          {errorText(list.error, t)}{" "}
          <button type="button" className="font-semibold underline" onClick={() => list.refetch()}>
            {t("common.retry")}
          </button>
        </Alert>
      ) : list.data.total === 0 ? (
        <EmptyState title={t(query ? "knowledge.list.noMatches" : "knowledge.list.emptyTitle")} description={query ? undefined : t("knowledge.list.emptyBody")} />
      ) : (
        <>
          <ul className="divide-y divide-slate-100" data-testid="knowledge-list">
            {list.data.items.map((doc) => (
              <li key={doc.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                <div className="min-w-0">
                  <p className="truncate font-medium text-slate-900">{doc.title}</p>
                  <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-500">
                    <Badge>{t(`knowledge.kinds.${doc.kind}`)}</Badge>
                    {doc.language && <Badge>{doc.language}</Badge>}
                    {doc.externalId && <code className="font-mono">{doc.externalId}</code>}
                    <span>{t("knowledge.list.chunks", { chunks: doc.chunks, embedded: doc.embeddedChunks })}</span>
                    <span>{format.format(new Date(doc.updatedAt))}</span>
                  </div>
                </div>
                {canManage && (
                  <div className="flex gap-2">
                    <Button variant="secondary" onClick={() => onEdit(doc.id)}>
                      {t("knowledge.list.edit")}
                    </Button>
                    <Button
                      variant="ghost"
                      pending={remove.isPending && remove.variables?.documentId === doc.id}
                      onClick={() => {
                        if (window.confirm(t("knowledge.list.confirmDelete", { title: doc.title }))) remove.mutate({ documentId: doc.id });
                      }}
                    >
                      {t("knowledge.list.delete")}
                    </Button>
                  </div>
                )}
              </li>
            ))}
          </ul>
          <div className="mt-4 flex items-center justify-between text-sm text-slate-600">
            <Button variant="secondary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
              {t("common.previous")}
            </Button>
            <span>{t("common.pageOf", { page, pages })}</span>
            <Button variant="secondary" disabled={page >= pages} onClick={() => setPage(page + 1)}>
              {t("common.next")}
            </Button>
          </div>
        </>
      )}
    </Card>
  );
}
