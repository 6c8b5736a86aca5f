"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Alert } from "@/app/_components/ui/alert";
import { Button } from "@/app/_components/ui/button";
import { Card, CardHeader } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { TextField } from "@/app/_components/ui/field";
import { useI18n } from "@/app/_i18n/client";
import { useTRPC } from "@/app/_trpc/client";
import { errorText } from "@/app/_trpc/errors";

export function CannedResponsesCard({ canManage }: { canManage: boolean }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.support.cannedResponses.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.support.cannedResponses.queryKey() });
  const [draft, setDraft] = useState({ title: "", body: "" });
  const create = useMutation(
    trpc.support.createCannedResponse.mutationOptions({
      onSuccess: () => {
        setDraft({ title: "", body: "" });
        return refresh();
      },
    }),
  );
  const remove = useMutation(trpc.support.deleteCannedResponse.mutationOptions({ onSuccess: refresh }));
  const error = list.error ?? create.error ?? remove.error;

  return (
    <Card>
      <CardHeader title={t("support.settings.cannedTitle")} description={t("support.settings.cannedBody")} />
      {error && <Alert tone="error" className="mb-3">{errorText(error, t)}</Alert>}
      {list.isPending ? (
        <p className="text-sm text-slate-500">{t("common.loading")}</p>
      ) : list.data?.length ? (
        <ul className="divide-y divide-slate-100" data-testid="canned-responses">
          {list.data.map((item) => (
            <li key={item.id} className="flex items-start justify-between gap-3 py-2 text-sm">
              <div>
                <p className="font-medium">{item.title}</p>
                <p className="whitespace-pre-wrap text-slate-600">{item.body}</p>
              </div>
              {canManage && (
                <Button variant="ghost" pending={remove.isPending && remove.variables?.id === item.id} onClick={() => remove.mutate({ id: item.id })}>
                  {t("support.settings.delete")}
                </Button>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState title={t("support.settings.noCanned")} />
      )}
      {canManage && (
        <form
          className="mt-4 space-y-3"
          onSubmit={(event) => {
            event.preventDefault();
            create.mutate(draft);
          }}
        >
          <TextField label={t("support.settings.cannedTitleLabel")} maxLength={80} value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} />
          <label className="block space-y-1 text-sm font-medium text-slate-800">
            {t("support.settings.cannedBodyLabel")}
            <textarea
              rows={3}
              maxLength={4000}
              value={draft.body}
              onChange={(e) => setDraft({ ...draft, body: e.target.value })}
              className="block w-full rounded-md border-0 px-3 py-2 font-normal ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-indigo-600"
            />
          </label>
          <Button type="submit" pending={create.isPending}>
            {t("support.settings.add")}
          </Button>
        </form>
      )}
    </Card>
  );
}
