"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Alert } from "@/app/_components/ui/alert";
import { Button } from "@/app/_components/ui/button";
import { Card, CardHeader } from "@/app/_components/ui/card";
import { SelectField, TextField } from "@/app/_components/ui/field";
import { useI18n } from "@/app/_i18n/client";
import { useTRPC } from "@/app/_trpc/client";
import { errorText, fieldError } from "@/app/_trpc/errors";
// The scopes file is plain zod, safe in the browser bundle (the module index is not).
import { API_SCOPES, type ApiScope } from "@/server/api-keys/scopes";

const EXPIRY_DAYS = ["never", "30", "90", "365"] as const;
type Expiry = (typeof EXPIRY_DAYS)[number];

const expiryDate = (choice: Expiry) => (choice === "never" ? null : new Date(Date.now() + Number(choice) * 24 * 60 * 60 * 1000));

export function CreateKeyCard({ onCreated }: { onCreated: (key: { name: string; secret: string }) => void }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const [scopes, setScopes] = useState<ApiScope[]>([...API_SCOPES]);
  const [expiry, setExpiry] = useState<Expiry>("never");
  const create = useMutation(
    trpc.apiKeys.create.mutationOptions({
      onSuccess: async (key) => {
        onCreated({ name: key.name, secret: key.secret });
        await queryClient.invalidateQueries({ queryKey: trpc.apiKeys.list.queryKey() });
      },
    }),
  );
  const toggle = (scope: ApiScope) => setScopes((current) => (current.includes(scope) ? current.filter((s) => s !== scope) : [...current, scope]));

  return (
    <Card>
      <CardHeader title={t("apiKeys.createTitle")} description={t("apiKeys.createBody")} />
      <form
        className="space-y-4"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate({ name, scopes, expiresAt: expiryDate(expiry) });
        }}
      >
        <div className="flex flex-wrap items-start gap-3">
          <TextField
            className="min-w-60 flex-1"
            label={t("apiKeys.name")}
            name="api-key-name"
            placeholder={t("apiKeys.namePlaceholder")}
            value={name}
            maxLength={80}
            onChange={(e) => setName(e.target.value)}
            error={fieldError(create.error, "name")}
          />
          <SelectField label={t("apiKeys.expiry")} name="api-key-expiry" value={expiry} onChange={(e) => setExpiry(e.target.value as Expiry)}>
            {EXPIRY_DAYS.map((choice) => (
              <option key={choice} value={choice}>
                {t(`apiKeys.expiryChoices.${choice}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">{t("apiKeys.scopes")}</legend>
          <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
            {API_SCOPES.map((scope) => (
              <label key={scope} className="flex items-center gap-2 text-sm text-slate-700">
                <input type="checkbox" name="api-key-scope" value={scope} checked={scopes.includes(scope)} onChange={() => toggle(scope)} className="size-4 rounded border-slate-300 text-indigo-600" />
                {t(`apiKeys.scopeNames.${scope}`)}
              </label>
            ))}
          </div>
          {fieldError(create.error, "scopes") && <p role="alert" className="mt-1 text-sm text-red-600">{fieldError(create.error, "scopes")}</p>}
        </fieldset>
        <Button type="submit" pending={create.isPending}>
          {t("apiKeys.createButton")}
        </Button>
      </form>
      {create.error && !fieldError(create.error) && <Alert tone="error" className="mt-3">{errorText(create.error, t)}</Alert>}
    </Card>
  );
}
