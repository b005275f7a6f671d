import { cn } from "@/components/ui/cn";

/**
 * Product pictures are served by the app itself (no image CDN), so a plain <img> with
 * lazy loading is enough; a missing picture shows a quiet placeholder instead of a broken icon.
 */
export function ProductImage({
  src,
  alt,
  className,
  priority = false,
  eager = false,
}: {
  src: string | null;
  alt: string;
  className?: string;
  /** The page's main picture (its likely LCP element): fetched at once, at high priority. */
  priority?: boolean;
  /** In the first screen but not the main picture: fetched at once, at the browser's priority. */
  eager?: boolean;
}) {
  if (!src) {
    return (
      <div aria-hidden="true" className={cn("grid place-items-center text-ink-subtle", className)}>
        <svg viewBox="0 0 24 24" className="size-10" fill="none" stroke="currentColor" strokeWidth="1.5">
          <rect x="3.5" y="5" width="17" height="14" rx="2" />
          <path d="m3.5 16 5-5 4 4 2.5-2.5 5.5 5" />
        </svg>
      </div>
    );
  }
  return (
    // eslint-disable-next-line @next/next/no-img-element -- app-served SVG/PNG art, no optimizer needed
    <img
      src={src}
      alt={alt}
      width={400}
      height={400}
      loading={priority || eager ? "eager" : "lazy"}
      fetchPriority={priority ? "high" : undefined}
      decoding="async"
      className={className}
    />
  );
}
