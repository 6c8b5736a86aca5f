"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { Alert } from "@/app/_components/ui/alert";
import { Button } from "@/app/_components/ui/button";
import { Card, CardHeader } from "@/app/_components/ui/card";
import { TextField } from "@/app/_components/ui/field";
import { useI18n } from "@/app/_i18n/client";
import { useTRPC } from "@/app/_trpc/client";
import { errorText } from "@/app/_trpc/errors";

type Policy = { negativeMessages: number; negativeThreshold: number; unansweredLimit: number; handoffOnRequest: boolean };

export function EscalationPolicyCard({ canManage }: { canManage: boolean }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const policy = useQuery(trpc.support.escalationPolicy.queryOptions());
  const [form, setForm] = useState<Policy | null>(null);
  useEffect(() => {
    if (policy.data) setForm(policy.data);
  }, [policy.data]);
  const save = useMutation(trpc.support.updateEscalationPolicy.mutationOptions());
  const number = (key: "negativeMessages" | "negativeThreshold" | "unansweredLimit") => (event: React.ChangeEvent<HTMLInputElement>) =>
    setForm((f) => (f ? { ...f, [key]: Number(event.target.value) } : f));

  return (
    <Card>
      <CardHeader title={t("support.settings.escalationTitle")} description={canManage ? t("support.settings.escalationBody") : t("support.settings.adminOnly")} />
      {policy.error && <Alert tone="error">{errorText(policy.error, t)}</Alert>}
      {!form ? (
        <p className="text-sm text-slate-500">{t("common.loading")}</p>
      ) : (
        <form
          className="grid gap-4 sm:grid-cols-3"
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate(form);
          }}
        >
          <TextField label={t("support.settings.negativeMessages")} type="number" min={1} max={20} value={form.negativeMessages} disabled={!canManage} onChange={number("negativeMessages")} />
          <TextField label={t("support.settings.negativeThreshold")} type="number" min={0.5} max={1} step={0.05} value={form.negativeThreshold} disabled={!canManage} onChange={number("negativeThreshold")} />
          <TextField label={t("support.settings.unansweredLimit")} type="number" min={1} max={20} value={form.unansweredLimit} disabled={!canManage} onChange={number("unansweredLimit")} />
          <label className="flex items-center gap-2 text-sm sm:col-span-3">
            <input type="checkbox" checked={form.handoffOnRequest} disabled={!canManage} onChange={(e) => setForm({ ...form, handoffOnRequest: e.target.checked })} />
            {t("support.settings.handoffOnRequest")}
          </label>
          {canManage && (
            <div className="sm:col-span-3">
              <Button type="submit" pending={save.isPending}>
                {t("common.save")}
              </Button>
            </div>
          )}
        </form>
      )}
      {save.isSuccess && <Alert tone="success" className="mt-3">{t("support.settings.saved")}</Alert>}
      {save.error && <Alert tone="error" className="mt-3">{errorText(save.error, t)}</Alert>}
    </Card>
  );
}
