"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Alert } from "@/app/_components/ui/alert";
import { Button } from "@/app/_components/ui/button";
import { useI18n } from "@/app/_i18n/client";
import { useTRPC } from "@/app/_trpc/client";
import { errorText } from "@/app/_trpc/errors";

export function CsatForm({ token, onDone }: { token: string; onDone: () => void }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const [score, setScore] = useState(0);
  const [comment, setComment] = useState("");
  const rate = useMutation(trpc.support.rateConversation.mutationOptions({ onSuccess: onDone }));
  return (
    <form
      className="space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        if (score) rate.mutate({ token, score, comment: comment || undefined });
      }}
    >
      <p className="text-sm font-medium">{t("support.customer.csatQuestion")}</p>
      <div className="flex gap-1" role="radiogroup" aria-label={t("support.customer.csatQuestion")}>
        {[1, 2, 3, 4, 5].map((value) => (
          <button
            key={value}
            type="button"
            role="radio"
            aria-checked={score === value}
            className="size-9 rounded-md text-sm ring-1 ring-inset ring-slate-300 aria-checked:bg-indigo-600 aria-checked:text-white"
            onClick={() => setScore(value)}
          >
            {value}
          </button>
        ))}
      </div>
      <textarea
        className="block w-full rounded-md border-0 px-3 py-2 text-sm ring-1 ring-inset ring-slate-300"
        rows={2}
        maxLength={1000}
        value={comment}
        placeholder={t("support.customer.csatComment")}
        aria-label={t("support.customer.csatComment")}
        onChange={(e) => setComment(e.target.value)}
      />
      {rate.error && <Alert tone="error">{errorText(rate.error, t)}</Alert>}
      <Button type="submit" disabled={!score} pending={rate.isPending}>{t("support.customer.csatSubmit")}</Button>
    </form>
  );
}
