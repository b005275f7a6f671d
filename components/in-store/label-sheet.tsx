import { getTranslations } from "next-intl/server";
import QRCode from "qrcode";
import { unitPriceLabel } from "@/components/catalog/product-price";
import type { ShelfLabel } from "@/lib/labels/queries";
import { formatMoney } from "@/lib/pricing/money";

const PER_PAGE = 10; // 2 × 5 labels of 95 × 50 mm fit both A4 and US Letter inside 10 mm margins

function chunk<T>(items: T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages;
}

/**
 * A print-ready sheet of shelf labels. Each QR holds the short absolute URL /q/<store>/<gtin>
 * (a low QR version that phones read from arm's length at 28 mm); name, price and unit price
 * are for people.
 */
export async function LabelSheet({ labels, storeCode, origin }: { labels: ShelfLabel[]; storeCode: string; origin: string }) {
  const t = await getTranslations("labels");
  const withQr = await Promise.all(
    labels.map(async (label) => {
      const url = `${origin}/q/${storeCode}/${label.gtin}`;
      const svg = await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 3, color: { dark: "#000000", light: "#ffffff" } });
      return { ...label, url, svg };
    }),
  );
  return (
    <div className="label-sheet" data-testid="label-sheet">
      {chunk(withQr, PER_PAGE).map((page, index) => (
        <section key={index} className="label-page" aria-label={t("page", { number: index + 1 })}>
          {page.map((label) => {
            const unit = unitPriceLabel(label.priceCents, label.currency, label);
            return (
              <article key={label.skuId} className="shelf-label" aria-label={t("label", { name: label.productName })} data-url={label.url}>
                <div className="shelf-label-text">
                  <p className="shelf-label-brand">{label.brand}</p>
                  <h3 className="shelf-label-name">{label.productName}</h3>
                  {label.variant ? <p className="shelf-label-variant">{label.variant}</p> : null}
                  <p className="shelf-label-price">{formatMoney(label.priceCents, label.currency)}</p>
                  {label.promotion && label.priceCents < label.listPriceCents ? (
                    <p className="shelf-label-promo">
                      {t("promotion", { promotion: label.promotion, price: formatMoney(label.listPriceCents, label.currency) })}
                    </p>
                  ) : null}
                  {unit ? <p className="shelf-label-unit">{unit}</p> : null}
                  <p className="shelf-label-meta">{t("meta", { aisle: label.aisle, bay: label.bay, sku: label.skuCode })}</p>
                </div>
                <div className="shelf-label-qr">
                  <div className="shelf-label-qr-code" dangerouslySetInnerHTML={{ __html: label.svg }} />
                  <p>{t("scanFor")}</p>
                </div>
              </article>
            );
          })}
        </section>
      ))}
    </div>
  );
}

/** Page size and label geometry; the paper is chosen per sheet, so the rule is written per request. */
export function labelSheetCss(paper: "a4" | "letter") {
  return `
@page { size: ${paper === "a4" ? "A4" : "letter"} portrait; margin: 10mm; }
.label-sheet { color: #000; }
.label-page { display: grid; grid-template-columns: repeat(2, 95mm); grid-auto-rows: 50mm; width: 190mm; background: #fff; }
.label-page + .label-page { margin-top: 8mm; }
.shelf-label { box-sizing: border-box; display: grid; grid-template-columns: minmax(0, 1fr) 30mm; gap: 3mm; padding: 3.5mm 3.5mm 3mm 4.5mm; border: 0.2mm dashed #b5b5b5; overflow: hidden; font-family: ui-sans-serif, system-ui, sans-serif; }
.shelf-label-text { display: flex; flex-direction: column; min-width: 0; }
.shelf-label-brand { font-size: 2.6mm; text-transform: uppercase; letter-spacing: 0.04em; color: #444; }
.shelf-label-name { font-size: 3.6mm; line-height: 1.2; font-weight: 700; display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
.shelf-label-variant { font-size: 2.8mm; color: #333; }
.shelf-label-price { margin-top: auto; font-size: 9mm; line-height: 1; font-weight: 800; letter-spacing: -0.02em; }
.shelf-label-promo { font-size: 2.6mm; font-weight: 700; }
.shelf-label-unit { font-size: 2.8mm; color: #222; }
.shelf-label-meta { margin-top: 1mm; font-size: 2.4mm; color: #555; }
.shelf-label-qr { display: flex; flex-direction: column; align-items: center; justify-content: center; }
.shelf-label-qr-code, .shelf-label-qr-code svg { width: 30mm; height: 30mm; display: block; }
.shelf-label-qr p { font-size: 2.2mm; color: #444; text-align: center; }
@media print {
  html, body { background: #fff !important; }
  body > a[href="#main"], body:has(.label-sheet) header, body:has(.label-sheet) aside, .no-print { display: none !important; }
  body:has(.label-sheet) main { padding: 0 !important; margin: 0 !important; max-width: none !important; }
  .label-sheet-frame { padding: 0 !important; border: 0 !important; box-shadow: none !important; background: none !important; overflow: visible !important; }
  .label-page { break-after: page; }
  .label-page:last-child { break-after: auto; }
  .label-page + .label-page { margin-top: 0; }
}`;
}
