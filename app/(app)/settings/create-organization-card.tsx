"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/app/_components/ui/alert";
import { Button } from "@/app/_components/ui/button";
import { Card, CardHeader } from "@/app/_components/ui/card";
import { TextField } from "@/app/_components/ui/field";
import { useI18n } from "@/app/_i18n/client";
import { useTRPC } from "@/app/_trpc/client";
import { errorText, fieldError } from "@/app/_trpc/errors";

export function CreateOrganizationCard() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const create = useMutation(
    trpc.organizations.create.mutationOptions({
      onSuccess: async () => {
        setName("");
        await queryClient.invalidateQueries();
        router.refresh();
      },
    }),
  );
  return (
    <Card>
      <CardHeader title={t("orgs.createTitle")} description={t("orgs.createBody")} />
      <form
        className="flex flex-wrap items-end gap-3"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate({ name });
        }}
      >
        <TextField className="min-w-60 flex-1" label={t("orgs.name")} name="new-organization-name" value={name} maxLength={80} onChange={(e) => setName(e.target.value)} error={fieldError(create.error, "name")} />
        <Button type="submit" pending={create.isPending}>
          {t("orgs.createButton")}
        </Button>
      </form>
      {create.isSuccess && <Alert tone="success" className="mt-3">{t("orgs.created")}</Alert>}
      {create.error && !fieldError(create.error) && <Alert tone="error" className="mt-3">{errorText(create.error, t)}</Alert>}
    </Card>
  );
}
