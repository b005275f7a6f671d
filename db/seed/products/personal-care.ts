import { each, inCategory, options, single } from "./define";

export const personalCare = inCategory("personal-care", [
  {
    slug: "rosemary-mint-shampoo",
    name: "Rosemary Mint Shampoo",
    brand: "Fernleaf",
    art: "pump",
    velocity: 3,
    description:
      "A sulfate-free shampoo with rosemary, peppermint and aloe that leaves the scalp tingling and hair soft, not stripped. Safe for color-treated hair.",
    skus: single(1199, [473, "ml"]),
    reviews: [
      [5, "Scalp feels amazing", "That minty tingle is so refreshing. My hair is less greasy by day two."],
      [4, "Nice but low lather", "Cleans well; it just doesn't foam much, which took getting used to."],
    ],
  },
  {
    slug: "rosemary-mint-conditioner",
    name: "Rosemary Mint Conditioner",
    brand: "Fernleaf",
    art: "pump",
    velocity: 3,
    description:
      "Lightweight conditioner with shea butter and rosemary that detangles without weighing fine hair down.",
    skus: single(1199, [473, "ml"]),
  },
  {
    slug: "eucalyptus-body-wash",
    name: "Eucalyptus Body Wash",
    brand: "Fernleaf",
    art: "pump",
    velocity: 3,
    description:
      "A creamy, coconut-based wash scented with eucalyptus and spearmint oils. Like a steam room in a bottle.",
    skus: single(949, [532, "ml"]),
    reviews: [[5, "Spa shower", "The eucalyptus clears my head in the morning. Doesn't dry out my skin."]],
  },
  {
    slug: "cold-process-bar-soap",
    name: "Cold-Process Bar Soap",
    brand: "Fernleaf",
    art: "soap",
    velocity: 4,
    description:
      "Made in small batches with olive, coconut and shea, then cured for six weeks for a hard, long-lasting bar. Rich lather, no synthetic fragrance.",
    skus: each("scent", ["Oatmeal & Honey", "Cedar & Sage", "Lavender"], 599, [140, "g"]),
    reviews: [
      [5, "Lasts forever", "A bar lasts me over a month. The cedar and sage smells like a forest."],
      [4, "Lovely soap", "Gentle and creamy. Keep it on a draining dish or it gets soft."],
    ],
  },
  {
    slug: "shea-calendula-hand-cream",
    name: "Shea & Calendula Hand Cream",
    brand: "Fernleaf",
    art: "tube",
    velocity: 3,
    description:
      "A rich but fast-absorbing cream for hands that wash a lot. Shea butter, calendula and a little beeswax; no greasy fingerprints on your phone.",
    skus: single(899, [75, "ml"]),
    reviews: [
      [5, "Winter saviour", "My knuckles stopped cracking within a week. Absorbs quickly."],
      [3, "Good, strong smell", "Works well but the herbal scent is stronger than I'd like."],
    ],
  },
  {
    slug: "natural-deodorant",
    name: "Natural Deodorant",
    brand: "Driftwood Naturals",
    art: "tube",
    velocity: 3,
    description:
      "Aluminum-free deodorant with arrowroot, coconut oil and magnesium to keep odor at bay all day. Glides on clear and won't mark shirts.",
    skus: each("scent", ["Cedar & Citrus", "Sea Salt", "Unscented"], 999, [75, "g"]),
    reviews: [
      [4, "Actually works", "First natural deodorant that lasts through a workday for me."],
      [2, "Irritated my skin", "Smelled lovely but gave me a rash after a week. Might be the baking soda."],
    ],
  },
  {
    slug: "mineral-sunscreen-spf-30",
    name: "Daily Mineral Sunscreen SPF 30",
    brand: "Driftwood Naturals",
    art: "tube",
    velocity: 3,
    description:
      "Non-nano zinc oxide in a sheer, lightly tinted lotion that doesn't leave a white cast. Water resistant for 40 minutes and reef-friendly.",
    skus: single(1599, [88, "ml"], 1899),
    reviews: [
      [5, "No white cast", "The tint blends right in on my medium skin. Great under makeup."],
      [4, "Good mineral sunscreen", "A little thick, but it's the least chalky mineral SPF I've tried."],
    ],
  },
  {
    slug: "unscented-lip-balm-3-pack",
    name: "Unscented Lip Balm, 3-Pack",
    brand: "Driftwood Naturals",
    art: "tube",
    velocity: 3,
    description:
      "Beeswax, sunflower oil and a touch of vitamin E in three slim tubes: one for the bag, one for the car, one for the nightstand.",
    skus: single(749, [3, "ct"]),
  },
  {
    slug: "whitening-toothpaste",
    name: "Charcoal Mint Whitening Toothpaste",
    brand: "Brightpath",
    art: "tube",
    velocity: 4,
    description:
      "Fluoride toothpaste with a gentle silica polish and activated charcoal that lifts coffee stains. Fresh mint, recyclable tube.",
    skus: single(449, [113, "g"]),
    reviews: [[4, "Fresh and clean", "Grey paste is odd at first, but my teeth feel polished."]],
  },
  {
    slug: "bamboo-toothbrush-4-pack",
    name: "Bamboo Toothbrush, 4-Pack",
    brand: "Brightpath",
    art: "box",
    velocity: 3,
    description:
      "Compostable bamboo handles with soft, BPA-free bristles. Numbered dots on each handle so the whole family keeps track of theirs.",
    skus: single(799, [4, "ct"]),
    reviews: [
      [5, "Great swap", "Bristles are soft but effective. The numbering is a clever touch."],
      [3, "Handles stay damp", "They work fine, but the handle gets a bit grimy if it sits in a wet cup."],
    ],
  },
  {
    slug: "organic-cotton-rounds",
    name: "Organic Cotton Rounds",
    brand: "Brightpath",
    art: "box",
    velocity: 3,
    description:
      "Soft, quilted rounds that don't fall apart with toner or micellar water. One hundred per pack, unbleached organic cotton.",
    skus: single(349, [100, "ct"]),
  },
  {
    slug: "gentle-foaming-cleanser",
    name: "Gentle Foaming Cleanser",
    brand: "Clearday Skin",
    art: "pump",
    velocity: 3,
    description:
      "A pH-balanced face wash with glycerin and oat that removes sunscreen and makeup without that tight feeling. Fragrance-free, dermatologist tested.",
    skus: single(1399, [236, "ml"]),
    reviews: [[5, "Perfect for sensitive skin", "No stinging, no tightness, and it actually removes sunscreen."]],
  },
  {
    slug: "daily-moisturizer-spf-15",
    name: "Daily Moisturizer SPF 15",
    brand: "Clearday Skin",
    art: "pump",
    velocity: 2,
    description:
      "A lightweight gel-cream with niacinamide and ceramides plus broad-spectrum sun protection for everyday errands.",
    skus: options("size", [
      ["50 ml", 1499, [50, "ml"]],
      ["100 ml", 2399, [100, "ml"]],
    ]),
  },
  {
    slug: "aloe-hand-sanitizer-gel",
    name: "Aloe Hand Sanitizer Gel",
    brand: "Clearday Skin",
    art: "bottle",
    velocity: 3,
    description:
      "70% ethyl alcohol with aloe vera so your hands don't feel parched. Flip cap bottle sized for the glovebox or a desk drawer.",
    skus: single(499, [236, "ml"]),
  },
  {
    slug: "coconut-mint-dental-floss",
    name: "Coconut Mint Dental Floss",
    brand: "Brightpath",
    art: "box",
    velocity: 2,
    description:
      "Smooth, shred-resistant floss coated in coconut oil and natural mint. Fifty-five yards in a refillable case.",
    skus: single(499),
  },
]);
