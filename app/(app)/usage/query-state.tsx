"use client";

import type { ReactNode } from "react";
import { Alert } from "@/app/_components/ui/alert";
import { useI18n } from "@/app/_i18n/client";
import { errorText } from "@/app/_trpc/errors";

type ClientError = Parameters<typeof errorText>[0];

interface QueryLike<T> {
  data: T | undefined;
  error: ClientError;
  isPending: boolean;
  refetch: () => unknown;
}

/** Loading text, an error with a retry button, or the children rendered with the data. */
export function QueryState<T>({ query, children }: { query: QueryLike<T>; children: (data: T) => ReactNode }) {
  const { t } = useI18n();
  if (query.error) {
    return (
      <Alert tone="error">
        {errorText(query.error, t)}{" "}
        <button type="button" className="font-semibold underline" onClick={() => query.refetch()}>
          {t("common.retry")}
        </button>
      </Alert>
    );
  }
  if (query.isPending || query.data === undefined) {
    return (
      <p className="animate-pulse text-sm text-slate-500" aria-busy="true">
        {t("common.loading")}
      </p>
    );
  }
  return <>{children(query.data)}</>;
}
