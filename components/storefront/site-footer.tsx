import Link from "next/link";
import { Logo } from "@/components/brand/logo";

export function SiteFooter({ stores }: { stores: { code: string; name: string; city: string }[] }) {
  return (
    <footer className="focus-on-dark mt-20 bg-brand-900 text-brand-50">
      <div className="mx-auto grid max-w-7xl gap-10 px-4 py-12 sm:px-6 md:grid-cols-[2fr_1fr_1fr] lg:px-8">
        <div className="max-w-sm">
          <Logo inverse className="h-8" />
          <p className="mt-4 text-brand-100">
            Groceries and everyday essentials from your neighborhood store — ready for pickup, at the curb, or at your
            door.
          </p>
        </div>
        <nav aria-labelledby="footer-stores">
          <h2 id="footer-stores" className="text-sm font-bold tracking-wide text-white uppercase">
            Our stores
          </h2>
          <ul className="mt-4 space-y-2.5">
            {stores.map((store) => (
              <li key={store.code}>
                <Link href={`/stores/${store.code}`} className="text-brand-100 underline-offset-4 hover:text-white hover:underline">
                  {store.name}
                  <span className="sr-only">, {store.city}</span>
                </Link>
              </li>
            ))}
            <li>
              <Link href="/stores" className="font-semibold text-white underline-offset-4 hover:underline">
                Find a store
              </Link>
            </li>
          </ul>
        </nav>
        <div>
          <h2 className="text-sm font-bold tracking-wide text-white uppercase">Ways to shop</h2>
          <ul className="mt-4 space-y-2.5 text-brand-100">
            <li>Pick up in store</li>
            <li>Curbside pickup</li>
            <li>Delivery to your door</li>
            <li>Scan &amp; go in the aisles</li>
          </ul>
        </div>
      </div>
      <div className="border-t border-white/10">
        <p className="mx-auto max-w-7xl px-4 py-6 text-sm text-brand-200 sm:px-6 lg:px-8">
          © {new Date().getFullYear()} Aisle Markets. Prices and stock are shown for your chosen store and can change
          during the day.
        </p>
      </div>
    </footer>
  );
}
