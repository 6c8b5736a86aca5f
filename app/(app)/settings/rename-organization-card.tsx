"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/app/_components/ui/alert";
import { Button } from "@/app/_components/ui/button";
import { Card, CardHeader } from "@/app/_components/ui/card";
import { TextField } from "@/app/_components/ui/field";
import { useI18n } from "@/app/_i18n/client";
import { useTRPC } from "@/app/_trpc/client";
import { errorText, fieldError } from "@/app/_trpc/errors";
import type { ActiveOrganization } from "@/server/trpc";

export function RenameOrganizationCard({ organization, canManage }: { organization: ActiveOrganization; canManage: boolean }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const [name, setName] = useState(organization.name);
  const rename = useMutation(trpc.organizations.rename.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <Card>
      <CardHeader title={t("orgs.name")} description={canManage ? undefined : t("orgs.adminOnly")} />
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          rename.mutate({ name });
        }}
      >
        <TextField
          className="min-w-60 flex-1"
          label={t("orgs.name")}
          value={name}
          maxLength={80}
          disabled={!canManage}
          onChange={(event) => setName(event.target.value)}
          error={fieldError(rename.error, "name")}
        />
        {canManage && (
          <Button type="submit" variant="secondary" pending={rename.isPending}>
            {t("orgs.rename")}
          </Button>
        )}
      </form>
      {rename.isSuccess && <Alert tone="success" className="mt-3">{t("orgs.renamed")}</Alert>}
      {rename.error && !fieldError(rename.error) && <Alert tone="error" className="mt-3">{errorText(rename.error, t)}</Alert>}
    </Card>
  );
}
