"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Alert } from "@/app/_components/ui/alert";
import { Badge } from "@/app/_components/ui/badge";
import { Button } from "@/app/_components/ui/button";
import { Card, CardHeader } from "@/app/_components/ui/card";
import { useI18n } from "@/app/_i18n/client";
import { useTRPC } from "@/app/_trpc/client";
import { errorText } from "@/app/_trpc/errors";
import type { ActiveOrganization } from "@/server/trpc";

const ROLES = ["OWNER", "ADMIN", "MEMBER"] as const;

export function MembersCard({ organization, currentUserId, canManage }: { organization: ActiveOrganization; currentUserId: string; canManage: boolean }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const members = useQuery(trpc.members.list.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.members.list.queryKey() });
  const changeRole = useMutation(trpc.members.changeRole.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.members.remove.mutationOptions({ onSuccess: refresh }));
  const leave = useMutation(
    trpc.members.leave.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries();
        router.push("/dashboard");
        router.refresh();
      },
    }),
  );
  const error = changeRole.error ?? remove.error ?? leave.error ?? members.error;
  const date = new Intl.DateTimeFormat(locale === "zh" ? "zh-CN" : "en-US", { dateStyle: "medium" });

  return (
    <Card>
      <CardHeader
        title={t("orgs.membersTitle")}
        action={
          <Button variant="secondary" pending={leave.isPending} onClick={() => leave.mutate()}>
            {t("orgs.leave")}
          </Button>
        }
      />
      {error && <Alert tone="error" className="mb-3">{errorText(error, t)}</Alert>}
      {members.isPending ? (
        <p className="text-sm text-slate-500">{t("common.loading")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full text-left text-sm" data-testid="members-table">
            <thead className="text-slate-500">
              <tr>
                <th className="py-2 pr-4 font-medium">{t("orgs.member")}</th>
                <th className="py-2 pr-4 font-medium">{t("orgs.role")}</th>
                <th className="py-2 pr-4 font-medium">{t("orgs.joined")}</th>
                <th className="py-2" />
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {members.data?.map((member) => {
                const self = member.user.id === currentUserId;
                const editable = canManage && !self && (organization.role === "OWNER" || member.role !== "OWNER");
                return (
                  <tr key={member.id} data-testid={`member-${member.user.email}`}>
                    <td className="py-2 pr-4">
                      <div className="font-medium text-slate-900">
                        {member.user.name ?? member.user.email} {self && <Badge>{t("orgs.you")}</Badge>}
                      </div>
                      <div className="text-slate-500">{member.user.email}</div>
                    </td>
                    <td className="py-2 pr-4">
                      {editable ? (
                        <select
                          aria-label={t("orgs.role")}
                          value={member.role}
                          disabled={changeRole.isPending}
                          onChange={(event) => changeRole.mutate({ membershipId: member.id, role: event.target.value as (typeof ROLES)[number] })}
                          className="rounded-md border-0 py-1 pr-7 pl-2 ring-1 ring-slate-300 ring-inset"
                        >
                          {ROLES.filter((role) => organization.role === "OWNER" || role !== "OWNER").map((role) => (
                            <option key={role} value={role}>
                              {t(`app.roles.${role}`)}
                            </option>
                          ))}
                        </select>
                      ) : (
                        <span data-testid="member-role">{t(`app.roles.${member.role}`)}</span>
                      )}
                    </td>
                    <td className="py-2 pr-4 text-slate-600">{date.format(new Date(member.joinedAt))}</td>
                    <td className="py-2 text-right">
                      {editable && (
                        <Button
                          variant="ghost"
                          onClick={() => {
                            if (window.confirm(t("orgs.confirmRemove", { name: member.user.name ?? member.user.email }))) {
                              remove.mutate({ membershipId: member.id });
                            }
                          }}
                        >
                          {t("orgs.remove")}
                        </Button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
