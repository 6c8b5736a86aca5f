import { useId, type InputHTMLAttributes, type SelectHTMLAttributes } from "react";
import { cn } from "./cn";

const controlClass =
  "block w-full rounded-md border-0 px-3 py-2 text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 placeholder:text-slate-400 focus:ring-2 focus:ring-inset focus:ring-indigo-600 sm:text-sm aria-[invalid=true]:ring-red-500";

interface FieldProps {
  label: string;
  error?: string | null;
  hint?: string;
}

export function TextField({ label, error, hint, className, ...props }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input id={id} aria-invalid={error ? true : undefined} aria-describedby={`${id}-msg`} className={controlClass} {...props} />
      <FieldMessage id={`${id}-msg`} error={error} hint={hint} />
    </div>
  );
}

export function SelectField({ label, error, hint, className, children, ...props }: FieldProps & SelectHTMLAttributes<HTMLSelectElement>) {
  const id = useId();
  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select id={id} aria-invalid={error ? true : undefined} aria-describedby={`${id}-msg`} className={controlClass} {...props}>
        {children}
      </select>
      <FieldMessage id={`${id}-msg`} error={error} hint={hint} />
    </div>
  );
}

function FieldMessage({ id, error, hint }: { id: string; error?: string | null; hint?: string }) {
  if (error) return <p id={id} role="alert" className="text-sm text-red-600">{error}</p>;
  return hint ? <p id={id} className="text-sm text-slate-500">{hint}</p> : null;
}
