import { each, inCategory, options, single } from "./define";

export const cleaning = inCategory("cleaning", [
  {
    slug: "all-purpose-cleaner",
    name: "All-Purpose Cleaner",
    brand: "Clearwater Home",
    art: "spray",
    velocity: 4,
    description:
      "A plant-based spray that cuts grease on counters, stovetops and sinks without leaving a film. Safe on sealed stone, and the scent fades in minutes.",
    skus: each("scent", ["Lemon Verbena", "Lavender", "Unscented"], 499, [946, "ml"]),
    reviews: [
      [5, "Smells amazing, cleans well", "The lemon verbena makes the kitchen smell fresh without being overpowering."],
      [4, "Good everyday spray", "Works on everything I've tried. The trigger jammed once but recovered."],
      [5, "Unscented is great", "Finally an unscented cleaner that doesn't smell of chemicals. Streak-free on my quartz."],
    ],
  },
  {
    slug: "glass-mirror-cleaner",
    name: "Glass & Mirror Cleaner",
    brand: "Clearwater Home",
    art: "spray",
    velocity: 3,
    description:
      "Ammonia-free formula that dries streak-free on windows, mirrors and stainless steel. Light mint scent.",
    skus: single(449, [946, "ml"]),
  },
  {
    slug: "dish-soap-grapefruit",
    name: "Dish Soap, Grapefruit",
    brand: "Clearwater Home",
    art: "bottle",
    velocity: 5,
    description:
      "Concentrated, biodegradable and tough on baked-on grease, gentle on hands. Buy the bottle once, then top it up from the big refill.",
    skus: options("size", [
      ["Bottle, 739 ml", 399, [739, "ml"]],
      ["Refill, 1.89 l", 899, [1890, "ml"]],
    ]),
    reviews: [
      [5, "A little goes a long way", "Really concentrated. The refill jug lasts us about three months."],
      [4, "Nice scent", "Works well and smells like real grapefruit. Not as sudsy as conventional soap."],
    ],
  },
  {
    slug: "toilet-bowl-cleaner",
    name: "Toilet Bowl Cleaner",
    brand: "Clearwater Home",
    art: "bottle",
    velocity: 3,
    description:
      "A thick, clinging gel with citric acid that lifts hard-water rings and stains. Angled nozzle reaches under the rim.",
    skus: single(379, [709, "ml"]),
  },
  {
    slug: "hardwood-floor-cleaner",
    name: "Hardwood Floor Cleaner",
    brand: "Clearwater Home",
    art: "spray",
    velocity: 2,
    description:
      "Residue-free cleaner for sealed wood, laminate and luxury vinyl. Spray and mop with a damp microfiber pad; no rinsing needed.",
    skus: single(699, [946, "ml"]),
    reviews: [[4, "No sticky residue", "Floors look clean and not slippery. I wish the bottle were bigger."]],
  },
  {
    slug: "non-scratch-scrub-sponges",
    name: "Non-Scratch Scrub Sponges",
    brand: "Clearwater Home",
    art: "sponge",
    velocity: 4,
    description:
      "A thirsty cellulose sponge bonded to a scrubber made from recycled fibers. Tough on stuck-on food, safe on nonstick pans.",
    skus: single(549, [6, "ct"]),
  },
  {
    slug: "laundry-detergent-pods",
    name: "Laundry Detergent Pods, Free & Clear",
    brand: "Fresh Loft",
    art: "box",
    velocity: 4,
    description:
      "Pre-measured, plant-based pods with no dyes or fragrance, tested on sensitive skin. Work in cold water and every type of machine.",
    skus: options("size", [
      ["42 pods", 1399, [42, "ct"]],
      ["81 pods", 2399, [81, "ct"], 2699],
    ]),
    reviews: [
      [5, "Gentle on eczema", "My daughter's skin reacts to everything and these have been fine."],
      [4, "Clean clothes, no smell", "Works well in cold washes. Pods can stick together if the box gets damp."],
    ],
  },
  {
    slug: "oxygen-stain-remover",
    name: "Oxygen Stain Remover",
    brand: "Fresh Loft",
    art: "box",
    velocity: 2,
    description:
      "Chlorine-free sodium percarbonate that lifts wine, grass and coffee from whites and colors. Soak or add a scoop to every wash.",
    skus: single(999, [1360, "g"]),
    reviews: [[5, "Saved my white shirt", "Got an old red wine stain out with an overnight soak. Impressive."]],
  },
  {
    slug: "wool-dryer-balls",
    name: "Wool Dryer Balls",
    brand: "Fresh Loft",
    art: "ball",
    velocity: 2,
    description:
      "Six felted New Zealand wool balls that tumble with your laundry to soften fabrics and cut drying time. Replace dryer sheets for about a thousand loads.",
    skus: single(1499, [6, "ct"]),
  },
  {
    slug: "cellulose-sponge-cloths",
    name: "Cellulose Sponge Cloths",
    brand: "Hive & Home",
    art: "sponge",
    velocity: 3,
    description:
      "Swedish-style cloths made of cellulose and cotton that absorb twenty times their weight. Replace about seventeen rolls of paper towel, then compost them.",
    skus: single(999, [10, "ct"]),
    reviews: [
      [5, "Ditched paper towels", "These are great. Throw them in the dishwasher to clean them."],
      [4, "Useful", "Stiff when dry, soft when wet. Took a day to get used to them."],
    ],
  },
  {
    slug: "compostable-kitchen-bags",
    name: "Compostable Kitchen Bags, 13 Gallon",
    brand: "Evergreen Basics",
    art: "box",
    velocity: 3,
    description:
      "Certified compostable bags made from plant starches, strong enough for the everyday kitchen bin. Forty drawstring bags per box.",
    skus: single(1299, [40, "ct"]),
    reviews: [[3, "OK for compost", "They work, but they tear if you overfill them. Double up for wet scraps."]],
  },
  {
    slug: "recycled-paper-towels",
    name: "Recycled Paper Towels, 6 Rolls",
    brand: "Evergreen Basics",
    art: "box",
    velocity: 4,
    description:
      "Made from 100% recycled paper and whitened without chlorine. Select-a-size sheets, two plies, six big rolls.",
    skus: single(999, [6, "ct"]),
  },
  {
    slug: "peppermint-castile-soap",
    name: "Peppermint Liquid Castile Soap",
    brand: "Evergreen Basics",
    art: "bottle",
    velocity: 2,
    description:
      "Concentrated olive and coconut oil soap scented with real peppermint oil. Dilute it to clean floors, wash produce, or lather up in the shower.",
    skus: single(1499, [946, "ml"]),
  },
  {
    slug: "dishwasher-tablets-free-clear",
    name: "Dishwasher Tablets, Free & Clear",
    brand: "Fresh Loft",
    art: "box",
    velocity: 3,
    description:
      "Phosphate-free tablets with plant-based enzymes that dissolve dried-on egg and oatmeal. Unscented, in a wrapper that dissolves too.",
    skus: options("size", [
      ["30 tablets", 999, [30, "ct"]],
      ["60 tablets", 1799, [60, "ct"]],
    ]),
    reviews: [[4, "Clean dishes, no film", "Glasses come out clear. Needs a rinse aid in our hard water."]],
  },
]);
