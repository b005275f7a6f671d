import { each, inCategory, options, single } from "./define";

export const kitchen = inCategory("kitchen", [
  {
    slug: "stoneware-mug-12-oz",
    name: "Stoneware Mug, 12 oz",
    brand: "Kiln & Co.",
    art: "mug",
    velocity: 3,
    description: "Wheel-thrown look, dishwasher-safe reality. A heavy stoneware mug with a reactive glaze and a handle that fits three fingers.",
    skus: each("color", ["Oatmeal", "Sage", "Charcoal", "Terracotta"], 1400),
    reviews: [
      [5, "My new favorite mug", "Heavy, keeps coffee warm, and the sage glaze is gorgeous. Bought a second one."],
      [4, "Beautiful glaze", "Every one is a little different. Slightly smaller than I expected."],
    ],
  },
  {
    slug: "ceramic-pour-over-dripper",
    name: "Ceramic Pour-Over Dripper",
    brand: "Kiln & Co.",
    art: "mug",
    velocity: 2,
    description:
      "A cone dripper with spiral ribs and a single large hole, so your pouring sets the pace. Fits #2 filters and sits on almost any mug.",
    skus: single(2800),
    reviews: [[5, "Better coffee instantly", "Holds heat well and brews evenly. Preheat it with hot water first."]],
  },
  {
    slug: "pre-seasoned-cast-iron-skillet",
    name: "Pre-Seasoned Cast Iron Skillet",
    brand: "Ironbark",
    art: "pan",
    velocity: 2,
    description:
      "Cast in Tennessee and seasoned with flaxseed oil, ready to sear out of the box. A lifetime pan that goes from stovetop to oven to campfire.",
    skus: options("size", [
      ['10"', 3499],
      ['12"', 4499],
    ]),
    reviews: [
      [5, "Will outlive me", "Seasoning was good out of the box. Cornbread came out perfectly the first time."],
      [4, "Great pan, heavy", "The 12-inch is a beast. Fantastic sear, but two hands to lift."],
      [5, "Smooth finish", "Smoother cooking surface than the other brand I had. Eggs slide after a few uses."],
    ],
  },
  {
    slug: "ceramic-nonstick-frying-pan",
    name: 'Ceramic Nonstick Frying Pan, 11"',
    brand: "Ashgrove Cookware",
    art: "pan",
    velocity: 2,
    description:
      "A PFAS-free ceramic coating over a heavy aluminum base that heats evenly on gas, electric and induction. Stay-cool stainless handle, oven-safe to 450°F.",
    skus: single(3999, undefined, 4999),
    reviews: [
      [4, "Eggs slide right off", "Great nonstick so far. Use medium heat and no sprays."],
      [2, "Coating wore fast", "Worked beautifully for three months, then things started sticking."],
    ],
  },
  {
    slug: "8-inch-chefs-knife",
    name: "8-Inch Chef's Knife",
    brand: "Keenedge",
    art: "knife",
    velocity: 2,
    description: "Forged from German X50CrMoV15 steel with a 15° edge and a full tang. Balanced at the bolster, with a grippy walnut handle.",
    skus: single(5900),
    reviews: [
      [5, "Sharp and balanced", "Cuts through onions like nothing. Feels like a much more expensive knife."],
      [5, "Great gift", "Bought it for my son's first apartment. He texted me a picture of perfectly diced carrots."],
    ],
  },
  {
    slug: "paring-knife",
    name: "3.5-Inch Paring Knife",
    brand: "Keenedge",
    art: "knife",
    velocity: 2,
    description: "The little sibling of our chef's knife, for peeling, hulling and in-hand work. Same steel, same walnut handle.",
    skus: single(2400),
  },
  {
    slug: "end-grain-maple-cutting-board",
    name: "End-Grain Maple Cutting Board",
    brand: "Ashgrove Cookware",
    art: "board",
    velocity: 1,
    description:
      "Hard maple blocks glued end-grain up, so the fibers close back over knife marks and your edges stay sharp. Finished with food-safe mineral oil and beeswax.",
    skus: options("size", [
      ["Medium, 14 × 10 in", 4900],
      ["Large, 18 × 12 in", 7900],
    ]),
    reviews: [[5, "Heirloom quality", "Heavy, doesn't slide, and knife marks disappear. Oil it once a month."]],
  },
  {
    slug: "glass-food-storage-set",
    name: "Glass Food Storage Set, 10 Piece",
    brand: "Ashgrove Cookware",
    art: "box",
    velocity: 2,
    description:
      "Five borosilicate containers with snap-lock, leakproof lids. Oven, microwave and freezer safe; the lids are BPA-free and dishwasher safe.",
    skus: single(3499),
    reviews: [[4, "Sturdy containers", "Good seal, no leaks in my bag. The lids are a bit stiff to snap at first."]],
  },
  {
    slug: "silicone-spatula-set",
    name: "Silicone Spatula Set",
    brand: "Ashgrove Cookware",
    art: "box",
    velocity: 2,
    description: "Three seamless one-piece spatulas — large, medium and a jar scraper — heat-resistant to 500°F. No crevices for food to hide in.",
    skus: each("color", ["Sage", "Charcoal"], 1699),
  },
  {
    slug: "beeswax-food-wraps",
    name: "Beeswax Food Wraps",
    brand: "Hive & Home",
    art: "box",
    velocity: 2,
    description:
      "Organic cotton infused with beeswax, jojoba oil and tree resin. Warm them in your hands to wrap cheese, half a lemon or a loaf. Three sizes, reusable for about a year.",
    skus: single(1799, [3, "ct"]),
    reviews: [
      [4, "Works well", "Cheese keeps better than in plastic. They smell faintly of honey."],
      [3, "Not for everything", "Great for bread and cheese, but they don't stick well to glass bowls."],
    ],
  },
  {
    slug: "linen-tea-towels",
    name: "Linen Tea Towels, Set of 2",
    brand: "Hive & Home",
    art: "towel",
    velocity: 2,
    description: "Stonewashed European flax linen that's soft from the first use and gets more absorbent with every wash. Lint-free on glassware.",
    skus: each("color", ["Flax", "Indigo Stripe"], 2400),
  },
  {
    slug: "double-wall-travel-tumbler",
    name: "Double-Wall Travel Tumbler, 16 oz",
    brand: "Summitline",
    art: "flask",
    velocity: 3,
    description:
      "Vacuum-insulated stainless steel with a sliding, leakproof lid. Keeps coffee hot for six hours and fits every car cup holder we tried.",
    skus: each("color", ["Glacier", "Pine", "Black"], 2999),
    reviews: [
      [5, "Still hot at lunch", "Filled it at 7 am and it was still too hot to gulp at noon."],
      [3, "Lid is fiddly", "Keeps heat well, but the slider is hard to clean properly."],
    ],
  },
  {
    slug: "french-press-34-oz",
    name: "Glass French Press, 34 oz",
    brand: "Kiln & Co.",
    art: "flask",
    velocity: 2,
    description:
      "A borosilicate glass carafe in a brushed steel frame with a four-level filter that keeps the sludge out of your cup. Makes four mugs.",
    skus: single(3999),
  },
]);
