import Link from "next/link";
import { BagIcon } from "@/components/ui/icons";

export function CartLink({ count }: { count: number }) {
  const label = count === 0 ? "Cart, empty" : `Cart, ${count} ${count === 1 ? "item" : "items"}`;
  return (
    <Link
      href="/cart"
      aria-label={label}
      className="relative inline-flex h-11 items-center gap-2 rounded-full px-3 font-semibold text-ink hover:bg-sand"
    >
      <BagIcon className="size-6" />
      <span className="hidden text-sm lg:inline">Cart</span>
      {count > 0 ? (
        <span
          aria-hidden="true"
          className="absolute top-0.5 left-6 grid h-5 min-w-5 place-items-center rounded-full bg-paprika-600 px-1 text-[0.6875rem] font-bold text-white tabular ring-2 ring-canvas"
        >
          {count > 99 ? "99+" : count}
        </span>
      ) : null}
    </Link>
  );
}
