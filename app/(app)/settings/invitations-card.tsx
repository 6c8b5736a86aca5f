"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Alert } from "@/app/_components/ui/alert";
import { Badge } from "@/app/_components/ui/badge";
import { Button } from "@/app/_components/ui/button";
import { Card, CardHeader } from "@/app/_components/ui/card";
import { SelectField, TextField } from "@/app/_components/ui/field";
import { useI18n } from "@/app/_i18n/client";
import { useTRPC } from "@/app/_trpc/client";
import { errorText, fieldError } from "@/app/_trpc/errors";

type Role = "OWNER" | "ADMIN" | "MEMBER";

export function InvitationsCard() {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("MEMBER");
  const invitations = useQuery(trpc.invitations.list.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.invitations.list.queryKey() });
  const invite = useMutation(
    trpc.invitations.create.mutationOptions({
      onSuccess: () => {
        setEmail("");
        return refresh();
      },
    }),
  );
  const revoke = useMutation(trpc.invitations.revoke.mutationOptions({ onSuccess: refresh }));
  const date = new Intl.DateTimeFormat(locale === "zh" ? "zh-CN" : "en-US", { dateStyle: "medium" });

  return (
    <Card>
      <CardHeader title={t("orgs.inviteTitle")} description={t("orgs.inviteBody")} />
      <form
        className="flex flex-wrap items-end gap-3"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          invite.mutate({ email, role });
        }}
      >
        <TextField className="min-w-60 flex-1" label={t("auth.email")} type="email" name="invite-email" value={email} maxLength={254} onChange={(e) => setEmail(e.target.value)} error={fieldError(invite.error, "email")} />
        <SelectField label={t("orgs.role")} name="invite-role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {(["MEMBER", "ADMIN", "OWNER"] as const).map((r) => (
            <option key={r} value={r}>
              {t(`app.roles.${r}`)}
            </option>
          ))}
        </SelectField>
        <Button type="submit" pending={invite.isPending}>
          {t("orgs.inviteButton")}
        </Button>
      </form>
      {invite.isSuccess && <Alert tone="success" className="mt-3">{t("orgs.invited", { email: invite.data.email })}</Alert>}
      {invite.error && !fieldError(invite.error) && <Alert tone="error" className="mt-3">{errorText(invite.error, t)}</Alert>}

      <h3 className="mt-8 mb-2 text-sm font-semibold text-slate-900">{t("orgs.pendingTitle")}</h3>
      {revoke.error && <Alert tone="error" className="mb-3">{errorText(revoke.error, t)}</Alert>}
      {invitations.isPending ? (
        <p className="text-sm text-slate-500">{t("common.loading")}</p>
      ) : invitations.data?.length ? (
        <ul className="divide-y divide-slate-100 text-sm" data-testid="pending-invitations">
          {invitations.data.map((inv) => (
            <li key={inv.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                <span className="font-medium">{inv.email}</span> · {t(`app.roles.${inv.role}`)}{" "}
                {inv.expired ? <Badge className="bg-red-50 text-red-700">{t("orgs.expired")}</Badge> : <span className="text-slate-500">{t("orgs.expires", { date: date.format(new Date(inv.expiresAt)) })}</span>}
              </span>
              <Button variant="ghost" pending={revoke.isPending && revoke.variables?.invitationId === inv.id} onClick={() => revoke.mutate({ invitationId: inv.id })}>
                {t("orgs.revoke")}
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-500">{t("orgs.noPending")}</p>
      )}
    </Card>
  );
}
