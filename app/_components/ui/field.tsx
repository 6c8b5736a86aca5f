import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from "react";
import { cn } from "./cn";

const controlClass =
  "block w-full rounded-md border-0 px-3 py-2 text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 placeholder:text-slate-400 focus:ring-2 focus:ring-inset focus:ring-indigo-600 sm:text-sm aria-[invalid=true]:ring-red-500";

interface FieldProps {
  label: string;
  error?: string | null;
  hint?: string;
}

type ControlProps = { id: string; "aria-invalid"?: true; "aria-describedby": string; className: string };

/** Label, control and message wired together for screen readers; `render` draws the control. */
function Field({ label, error, hint, className, render }: FieldProps & { className?: string; render: (props: ControlProps) => ReactNode }) {
  const id = useId();
  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {render({ id, "aria-invalid": error ? true : undefined, "aria-describedby": `${id}-msg`, className: controlClass })}
      {error ? (
        <p id={`${id}-msg`} role="alert" className="text-sm text-red-600">
          {error}
        </p>
      ) : hint ? (
        <p id={`${id}-msg`} className="text-sm text-slate-500">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export function TextField({ label, error, hint, className, ...props }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  return <Field label={label} error={error} hint={hint} className={className} render={(control) => <input {...control} {...props} />} />;
}

export function SelectField({ label, error, hint, className, children, ...props }: FieldProps & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <Field
      label={label}
      error={error}
      hint={hint}
      className={className}
      render={(control) => (
        <select {...control} {...props}>
          {children}
        </select>
      )}
    />
  );
}
