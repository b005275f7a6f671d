import Link from "next/link";
import { useTranslations } from "next-intl";
import { BagIcon, CarIcon, ScanIcon, TruckIcon } from "@/components/ui/icons";

export function WaysToShop({ storeCode, storeName }: { storeCode: string; storeName: string }) {
  const t = useTranslations("storefront.waysToShop");
  const ways = [
    { icon: BagIcon, title: t("pickup.title"), body: t("pickup.body", { store: storeName }) },
    { icon: CarIcon, title: t("curbside.title"), body: t("curbside.body") },
    { icon: TruckIcon, title: t("delivery.title"), body: t("delivery.body") },
    {
      icon: ScanIcon,
      title: t("scanAndGo.title"),
      body: t("scanAndGo.body"),
      link: { href: `/in-store/${storeCode}`, label: t("scanAndGo.link") },
    },
  ];
  return (
    <section aria-labelledby="ways-heading" className="rounded-2xl border border-line bg-sand/70 px-5 py-8 sm:px-8 lg:px-10 lg:py-10">
      <h2 id="ways-heading" className="text-2xl font-extrabold text-ink sm:text-[1.75rem]">
        {t("heading")}
      </h2>
      <ul className="mt-6 grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
        {ways.map(({ icon: Icon, title, body, link }) => (
          <li key={title}>
            <span aria-hidden="true" className="grid size-11 place-items-center rounded-full bg-brand-700 text-white">
              <Icon className="size-[1.375rem]" />
            </span>
            <h3 className="mt-3 font-bold text-ink">{title}</h3>
            <p className="mt-1 text-ink-muted">{body}</p>
            {link ? (
              <Link href={link.href} className="mt-2 inline-block font-semibold text-brand-700 underline-offset-4 hover:underline">
                {link.label}
              </Link>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
