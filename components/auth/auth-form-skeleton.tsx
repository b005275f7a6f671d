import { Skeleton } from "@/components/ui/skeleton";

/** The sign-in and sign-up pages' placeholder while the visitor's session is read: heading, intro, fields. */
export function AuthFormSkeleton({ fields = 2 }: { fields?: number }) {
  return (
    <div aria-busy="true">
      <div aria-hidden="true">
        <Skeleton className="h-9 w-48" />
        <Skeleton className="mt-3 mb-8 h-5 w-full max-w-sm" />
        <div className="space-y-5">
          {Array.from({ length: fields }, (_, i) => (
            <div key={i} className="space-y-1.5">
              <Skeleton className="h-4 w-24" />
              <Skeleton className="h-12" />
            </div>
          ))}
          <Skeleton className="h-12 rounded-full" />
        </div>
      </div>
    </div>
  );
}
