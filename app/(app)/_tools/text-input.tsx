"use client";

import { useId, useState } from "react";
import { useI18n } from "@/app/_i18n/client";

export const MAX_TEXT_CHARS = 4000;

/** A text box's value plus its validation message; `validate()` returns the trimmed text or null. */
export function useTextInput() {
  const { t } = useI18n();
  const [value, setValue] = useState("");
  const [error, setError] = useState<string | null>(null);
  return {
    value,
    setValue,
    error,
    validate(): string | null {
      const trimmed = value.trim();
      const problem = !trimmed ? t("tools.emptyInput") : trimmed.length > MAX_TEXT_CHARS ? t("tools.tooLong", { max: MAX_TEXT_CHARS }) : null;
      setError(problem);
      return problem ? null : trimmed;
    },
  };
}

export function TextInput({ state, label, placeholder }: { state: ReturnType<typeof useTextInput>; label: string; placeholder: string }) {
  const id = useId();
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <textarea
        id={id}
        rows={4}
        value={state.value}
        maxLength={MAX_TEXT_CHARS}
        placeholder={placeholder}
        onChange={(e) => state.setValue(e.target.value)}
        aria-invalid={state.error ? true : undefined}
        className="block w-full rounded-md border-0 px-3 py-2 ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-indigo-600"
      />
      {state.error && (
        <p role="alert" className="text-sm text-red-600">
          {state.error}
        </p>
      )}
    </div>
  );
}
