"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Button } from "@/app/_components/ui/button";
import { useI18n } from "@/app/_i18n/client";
import { useTRPC } from "@/app/_trpc/client";
import { errorText } from "@/app/_trpc/errors";

/** Suspends or restores a user or an organization, after a confirmation, then reloads the server-rendered list. */
export function SuspendButton({ kind, id, name, suspended }: { kind: "user" | "organization"; id: string; name: string; suspended: boolean }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const options = { onSuccess: () => router.refresh() };
  const user = useMutation(trpc.admin.setUserSuspended.mutationOptions(options));
  const organization = useMutation(trpc.admin.setOrganizationSuspended.mutationOptions(options));
  const mutation = kind === "user" ? user : organization;
  const action = suspended ? "restore" : "suspend";
  return (
    <div className="flex flex-col items-end gap-1">
      <Button
        variant={suspended ? "secondary" : "danger"}
        pending={mutation.isPending}
        data-testid={`${action}-${kind}`}
        onClick={() => {
          if (window.confirm(t(`adminConsole.confirm.${action}`, { name }))) mutation.mutate({ id, suspended: !suspended });
        }}
      >
        {t(`adminConsole.actions.${action}`)}
      </Button>
      {mutation.error && (
        <span role="alert" className="text-xs text-red-600">
          {errorText(mutation.error, t)}
        </span>
      )}
    </div>
  );
}
