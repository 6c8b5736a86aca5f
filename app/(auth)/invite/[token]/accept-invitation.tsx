"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Alert } from "@/app/_components/ui/alert";
import { Button } from "@/app/_components/ui/button";
import { useI18n } from "@/app/_i18n/client";
import { useTRPC } from "@/app/_trpc/client";
import { errorText } from "@/app/_trpc/errors";

export function AcceptInvitation({ token, organizationName }: { token: string; organizationName: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const switchOrg = useMutation(trpc.organizations.switch.mutationOptions());
  const accept = useMutation(
    trpc.invitations.accept.mutationOptions({
      onSuccess: async ({ organizationId }) => {
        await switchOrg.mutateAsync({ organizationId });
        await queryClient.invalidateQueries();
        router.push("/settings");
        router.refresh();
      },
    }),
  );
  return (
    <div className="space-y-3">
      {accept.error && <Alert tone="error">{errorText(accept.error, t)}</Alert>}
      {accept.isSuccess && <Alert tone="success">{t("invite.accepted", { org: organizationName })}</Alert>}
      <Button pending={accept.isPending || switchOrg.isPending} disabled={accept.isSuccess} onClick={() => accept.mutate({ token })}>
        {t("invite.accept")}
      </Button>
    </div>
  );
}
