// Buttons without next/link: error boundaries (loaded on every page) import this module so they
// don't pull the client router's Link into their own chunks. Everything else imports ./button.
import type { ComponentProps, ReactNode } from "react";
import { cn } from "./cn";
import { Spinner } from "./spinner";

export type ButtonVariant = "primary" | "secondary" | "ghost" | "danger" | "inverse" | "outline-inverse";
export type ButtonSize = "sm" | "md" | "lg";

const base =
  "inline-flex shrink-0 items-center justify-center gap-2 rounded-full font-semibold whitespace-nowrap " +
  "transition-[background-color,border-color,color,box-shadow] duration-150 select-none " +
  "disabled:cursor-not-allowed disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:opacity-55";

const variants: Record<ButtonVariant, string> = {
  primary: "bg-brand-700 text-white shadow-card hover:bg-brand-800 active:bg-brand-900",
  secondary: "border border-line-strong bg-surface text-ink hover:border-ink-subtle hover:bg-sand active:bg-sand-strong",
  ghost: "text-ink hover:bg-sand active:bg-sand-strong",
  danger: "bg-danger-600 text-white shadow-card hover:bg-danger-700",
  // For brand-coloured panels.
  inverse: "bg-white text-brand-800 shadow-card hover:bg-brand-50 active:bg-brand-100",
  "outline-inverse": "text-white ring-1 ring-white/45 ring-inset hover:bg-white/10 active:bg-white/15",
};

// Every size keeps a touch target of at least 40 px; md and lg reach 44-52 px for thumbs.
const sizes: Record<ButtonSize, string> = {
  sm: "h-10 px-4 text-sm",
  md: "h-11 px-5 text-[0.9375rem]",
  lg: "h-13 px-7 text-base",
};

export function buttonClasses({
  variant = "primary",
  size = "md",
  fullWidth = false,
  className,
}: { variant?: ButtonVariant; size?: ButtonSize; fullWidth?: boolean; className?: string } = {}) {
  return cn(base, variants[variant], sizes[size], fullWidth && "w-full", className);
}

type ButtonProps = ComponentProps<"button"> & {
  variant?: ButtonVariant;
  size?: ButtonSize;
  fullWidth?: boolean;
  /** Shows a spinner and blocks clicks; the label stays so the accessible name never changes. */
  loading?: boolean;
  icon?: ReactNode;
};

export function Button({ variant, size, fullWidth, loading = false, icon, disabled, className, type = "button", children, ...rest }: ButtonProps) {
  return (
    <button
      type={type}
      disabled={disabled || loading}
      aria-busy={loading || undefined}
      className={buttonClasses({ variant, size, fullWidth, className })}
      {...rest}
    >
      {loading ? <Spinner /> : icon}
      {children}
    </button>
  );
}
