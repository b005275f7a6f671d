import type { ProductDetail, ProductVariant } from "@/lib/catalog/product";
import type { ShelfPrice } from "@/lib/catalog/product-pricing";

/**
 * schema.org Product for search engines: the chosen variant's code and barcode, its offer at
 * the shopper's store today and the review rating. `<` is escaped so no text can end the script.
 */
export function ProductJsonLd({
  product,
  variant,
  price,
  inStock,
  url,
  origin,
  reviewCount,
  ratingAverage,
}: {
  product: ProductDetail;
  variant: ProductVariant;
  price: ShelfPrice;
  inStock: boolean;
  url: string;
  origin: string;
  reviewCount: number;
  ratingAverage: number;
}) {
  const data = {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.name,
    description: product.description,
    image: product.images.map((image) => new URL(image, origin).toString()),
    brand: { "@type": "Brand", name: product.brand },
    sku: variant.code,
    gtin13: variant.gtin,
    category: product.category.name,
    url,
    offers: {
      "@type": "Offer",
      url,
      price: (price.priceCents / 100).toFixed(2),
      priceCurrency: price.currency,
      availability: inStock ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
      itemCondition: "https://schema.org/NewCondition",
    },
    ...(reviewCount > 0
      ? { aggregateRating: { "@type": "AggregateRating", ratingValue: ratingAverage.toFixed(1), reviewCount, bestRating: 5, worstRating: 1 } }
      : {}),
  };
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, "\\u003c") }} />;
}
