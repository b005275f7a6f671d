import { useId, type ComponentProps, type ReactNode } from "react";
import { cn } from "./cn";

const control =
  "block w-full rounded-md border border-line-strong bg-surface px-3.5 text-base text-ink shadow-card " +
  "placeholder:text-ink-subtle transition-colors hover:border-ink-subtle " +
  "focus-visible:border-brand-600 focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-brand-500 " +
  "aria-invalid:border-danger-600 aria-invalid:focus-visible:outline-danger-600 " +
  "disabled:cursor-not-allowed disabled:bg-sand disabled:text-ink-subtle";

export function Label({ className, ...props }: ComponentProps<"label">) {
  return <label className={cn("block text-sm font-semibold text-ink", className)} {...props} />;
}

export function Input({ className, ...props }: ComponentProps<"input">) {
  return <input className={cn(control, "h-12", className)} {...props} />;
}

export function Textarea({ className, rows = 4, ...props }: ComponentProps<"textarea">) {
  return <textarea rows={rows} className={cn(control, "py-3 leading-relaxed", className)} {...props} />;
}

export function Select({ className, children, ...props }: ComponentProps<"select">) {
  return (
    <div className="relative">
      <select className={cn(control, "h-12 appearance-none pr-10", className)} {...props}>
        {children}
      </select>
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        className="pointer-events-none absolute top-1/2 right-3.5 size-4 -translate-y-1/2 text-ink-muted"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="m5 8 5 5 5-5" />
      </svg>
    </div>
  );
}

export function FieldHint({ className, ...props }: ComponentProps<"p">) {
  return <p className={cn("text-sm text-ink-muted", className)} {...props} />;
}

/** The message under a field; renders nothing without errors. */
export function FieldError({ id, errors, className }: { id: string; errors?: string[] | string; className?: string }) {
  const list = typeof errors === "string" ? [errors] : (errors ?? []);
  if (list.length === 0) return null;
  return (
    <p id={id} className={cn("flex items-start gap-1.5 text-sm font-medium text-danger-fg", className)}>
      <svg aria-hidden="true" viewBox="0 0 20 20" className="mt-0.5 size-4 shrink-0" fill="currentColor">
        <path
          fillRule="evenodd"
          d="M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16Zm-.75-11.5a.75.75 0 0 1 1.5 0v4a.75.75 0 0 1-1.5 0v-4ZM10 14.75a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z"
        />
      </svg>
      <span>{list[0]}</span>
    </p>
  );
}

type FieldProps = {
  label: ReactNode;
  /** Errors for this field; the control gets aria-invalid and points at them. */
  errors?: string[] | string;
  hint?: ReactNode;
  className?: string;
  /** Label-side extra, e.g. a "Forgot password?" link. */
  aside?: ReactNode;
  children: (control: { id: string; "aria-invalid"?: true; "aria-describedby"?: string }) => ReactNode;
};

/** Label + control + hint + error, wired together with ids for screen readers. */
export function Field({ label, errors, hint, className, aside, children }: FieldProps) {
  const id = useId();
  const hasError = typeof errors === "string" ? errors.length > 0 : (errors?.length ?? 0) > 0;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = hasError ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={cn("space-y-1.5", className)}>
      <div className="flex items-baseline justify-between gap-3">
        <Label htmlFor={id}>{label}</Label>
        {aside}
      </div>
      {children({ id, "aria-invalid": hasError || undefined, "aria-describedby": describedBy })}
      {hint ? <FieldHint id={hintId}>{hint}</FieldHint> : null}
      {errorId ? <FieldError id={errorId} errors={errors} /> : null}
    </div>
  );
}

type TextFieldProps = Omit<ComponentProps<"input">, "children"> & {
  label: ReactNode;
  errors?: string[] | string;
  hint?: ReactNode;
  aside?: ReactNode;
  fieldClassName?: string;
};

/** The common case: a labelled text input with its hint and error. */
export function TextField({ label, errors, hint, aside, fieldClassName, ...input }: TextFieldProps) {
  return (
    <Field label={label} errors={errors} hint={hint} aside={aside} className={fieldClassName}>
      {(wiring) => <Input {...input} {...wiring} />}
    </Field>
  );
}
