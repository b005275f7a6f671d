import type { CategorySeed } from "./types";

/** In the order the storefront shows them. */
export const categorySeeds: CategorySeed[] = [
  { slug: "pantry", name: "Pantry", description: "Olive oil, pasta, grains, beans and the jars that make weeknight cooking easy." },
  { slug: "coffee-tea", name: "Coffee & Tea", description: "Freshly roasted beans, loose-leaf teas and everything for the morning cup." },
  { slug: "snacks", name: "Snacks & Drinks", description: "Chips, chocolate, trail mix and sparkling drinks for the in-between moments." },
  { slug: "kitchen", name: "Kitchen", description: "Pans, knives, mugs and storage that earn their place in a small kitchen." },
  { slug: "cleaning", name: "Cleaning & Laundry", description: "Plant-based cleaners, laundry care and reusable cloths." },
  { slug: "personal-care", name: "Personal Care", description: "Gentle skin care, hair care, oral care and everyday essentials." },
  { slug: "audio", name: "Audio", description: "Headphones, earbuds and speakers, tuned for everyday listening." },
  { slug: "outdoor", name: "Outdoor", description: "Tents, packs, bottles and light for trails, parks and campsites." },
  { slug: "pets", name: "Pets", description: "Food, treats, toys and walking gear for dogs and cats." },
  { slug: "apparel", name: "Apparel", description: "Organic cotton basics, warm layers and rain gear for the Northwest and the Rockies." },
];
