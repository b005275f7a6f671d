import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Logo } from "@/components/brand/logo";
import { CheckIcon } from "@/components/ui/icons";
import { copyrightYear } from "@/lib/cache/year";

const promises = ["shelf", "pickup", "oneCart"] as const;

export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("auth.layout");
  const year = await copyrightYear();
  return (
    <div className="grid min-h-dvh lg:grid-cols-[minmax(0,5fr)_minmax(0,6fr)]">
      <aside className="relative hidden overflow-hidden bg-brand-800 text-white focus-on-dark lg:flex lg:flex-col lg:justify-between lg:p-12">
        <AislePattern />
        <Link href="/" className="relative w-fit rounded-md">
          <Logo inverse className="h-9" />
        </Link>
        <div className="relative max-w-md">
          <p className="text-4xl leading-tight font-extrabold tracking-tight">{t("tagline")}</p>
          <ul className="mt-8 space-y-4 text-lg text-brand-50">
            {promises.map((line) => (
              <li key={line} className="flex gap-3">
                <span className="mt-1 grid size-6 shrink-0 place-items-center rounded-full bg-brand-600">
                  <CheckIcon className="size-4" />
                </span>
                {t(`promises.${line}`)}
              </li>
            ))}
          </ul>
        </div>
        <p className="relative text-sm text-brand-100">{t("copyright", { year })}</p>
      </aside>
      <main id="main" className="flex flex-col px-5 py-8 sm:px-10 lg:justify-center lg:py-12">
        <Link href="/" className="mb-10 w-fit rounded-md lg:hidden">
          <Logo className="h-8" />
        </Link>
        <div className="mx-auto w-full max-w-md">{children}</div>
      </main>
    </div>
  );
}

/** Shelves in perspective, faint: the brand's aisle, as wallpaper. */
function AislePattern() {
  return (
    <svg
      aria-hidden="true"
      className="absolute inset-0 size-full text-brand-700"
      preserveAspectRatio="xMidYMid slice"
      viewBox="0 0 600 800"
      fill="none"
    >
      {Array.from({ length: 9 }, (_, i) => (
        <path key={i} d={`M${-200 + i * 110} 800 L300 260`} stroke="currentColor" strokeWidth="2" />
      ))}
      {[420, 520, 640, 790].map((y, i) => (
        <path key={y} d={`M${300 - (y - 260) * 1.2} ${y} H${300 + (y - 260) * 1.2}`} stroke="currentColor" strokeWidth={2 + i} />
      ))}
      <circle cx="300" cy="260" r="5" fill="var(--color-paprika-500)" />
    </svg>
  );
}
