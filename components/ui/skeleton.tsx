import { cn } from "./cn";

/** A grey placeholder block for content that is loading; hidden from screen readers. */
export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden="true" className={cn("animate-pulse rounded-md bg-sand-strong/70", className)} />;
}
