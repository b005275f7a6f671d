import type { ComponentProps } from "react";
import { cn } from "./cn";

type CardProps = ComponentProps<"div"> & {
  padding?: "none" | "sm" | "md" | "lg";
  as?: "div" | "section" | "article" | "li";
};

const paddings = { none: "", sm: "p-4", md: "p-5 sm:p-6", lg: "p-6 sm:p-8" };

export function Card({ padding = "md", as = "div", className, ...props }: CardProps) {
  // The element changes semantics only; the props are the same for all four.
  const Tag = as as "div";
  return <Tag className={cn("rounded-xl border border-line bg-surface shadow-card", paddings[padding], className)} {...props} />;
}

export function CardTitle({ className, ...props }: ComponentProps<"h2">) {
  return <h2 className={cn("text-lg font-bold text-ink", className)} {...props} />;
}

export function CardDescription({ className, ...props }: ComponentProps<"p">) {
  return <p className={cn("text-sm text-ink-muted", className)} {...props} />;
}
