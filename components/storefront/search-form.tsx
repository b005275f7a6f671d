import { SearchIcon } from "@/components/ui/icons";
import { cn } from "@/components/ui/cn";

/** Plain GET form to /search: works before JavaScript loads and with the back button. */
export function SearchForm({ className, defaultValue }: { className?: string; defaultValue?: string }) {
  return (
    <form action="/search" method="get" role="search" className={cn("relative", className)}>
      <label htmlFor="site-search" className="sr-only">
        Search products
      </label>
      <input
        id="site-search"
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder="Search groceries, brands and more"
        autoComplete="off"
        enterKeyHint="search"
        maxLength={100}
        className="h-11 w-full rounded-full border border-line-strong bg-surface pr-13 pl-5 text-base text-ink shadow-card placeholder:text-ink-subtle hover:border-ink-subtle focus-visible:border-brand-600 focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-brand-500 [&::-webkit-search-cancel-button]:hidden"
      />
      <button
        type="submit"
        className="absolute top-1 right-1 grid size-9 place-items-center rounded-full bg-brand-700 text-white hover:bg-brand-800"
      >
        <SearchIcon className="size-[1.125rem]" />
        <span className="sr-only">Search</span>
      </button>
    </form>
  );
}
