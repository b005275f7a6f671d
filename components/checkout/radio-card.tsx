import { useId, type ComponentProps, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";

/**
 * A radio drawn as a card. Its accessible name is exactly `title` (tests and screen readers
 * find "Pick up in store"); the detail line is its description.
 */
export function RadioCard({
  title,
  detail,
  icon,
  className,
  ...input
}: Omit<ComponentProps<"input">, "type" | "title"> & { title: string; detail?: ReactNode; icon?: ReactNode }) {
  const id = useId();
  return (
    <label
      className={cn(
        "relative flex cursor-pointer items-start gap-3 rounded-lg border border-line-strong bg-surface p-4 transition-colors",
        "hover:border-ink-subtle has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:checked]:ring-1 has-[:checked]:ring-brand-600",
        "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-500",
        "has-[:disabled]:cursor-not-allowed has-[:disabled]:opacity-60",
        className,
      )}
    >
      <input
        type="radio"
        className="mt-0.5 size-5 shrink-0 accent-brand-700 focus-visible:outline-none"
        aria-labelledby={`${id}-title`}
        aria-describedby={detail ? `${id}-detail` : undefined}
        {...input}
      />
      <span className="min-w-0 flex-1">
        <span id={`${id}-title`} className="flex items-center gap-2 font-semibold text-ink">
          {icon ? (
            <span aria-hidden="true" className="text-brand-700">
              {icon}
            </span>
          ) : null}
          {title}
        </span>
        {detail ? (
          <span id={`${id}-detail`} className="mt-0.5 block text-sm text-ink-muted">
            {detail}
          </span>
        ) : null}
      </span>
    </label>
  );
}
