import { each, grid, inCategory, options, single } from "./define";

export const outdoor = inCategory("outdoor", [
  {
    slug: "trailhead-2-person-tent",
    name: "Trailhead 2-Person Tent",
    brand: "Switchback Gear",
    art: "tent",
    velocity: 2,
    description:
      "A freestanding three-season backpacking tent at 1.6 kg, with two doors, two vestibules and color-coded poles you can pitch in the dark. Fully taped 20D ripstop fly.",
    skus: each("color", ["Forest", "Rust"], 22900),
    reviews: [
      [5, "Easy pitch, dry inside", "Set it up in five minutes on my first try. Stayed bone dry through a night of rain at Lake Ozette."],
      [4, "Great for the price", "Roomy for two and light. The stakes are flimsy; bring your own."],
      [5, "Two doors make all the difference", "No climbing over each other at 3 am. Packs down small."],
    ],
  },
  {
    slug: "basecamp-4-person-tent",
    name: "Basecamp 4-Person Tent",
    brand: "Switchback Gear",
    art: "tent",
    velocity: 1,
    description:
      "A car-camping palace with near-vertical walls, 1.9 m of headroom and a big awning door. Sleeps four with room for bags, or two with a queen air mattress.",
    skus: single(34900, undefined, 39900),
    reviews: [[4, "Family-sized", "Plenty of room for two adults and two kids. Takes two people to pitch."]],
  },
  {
    slug: "ember-down-sleeping-bag",
    name: "Ember 30°F Down Sleeping Bag",
    brand: "Switchback Gear",
    art: "roll",
    velocity: 1,
    description: "650-fill responsibly sourced down in a water-resistant shell, rated comfortable to 30°F. Packs to the size of a loaf of bread.",
    skus: options("fit", [
      ["Regular", 23900],
      ["Long", 25900],
    ]),
    reviews: [[5, "Warm and light", "Slept warm at 34°F in the Enchantments. Compresses really small."]],
  },
  {
    slug: "self-inflating-sleeping-pad",
    name: "Self-Inflating Sleeping Pad",
    brand: "Switchback Gear",
    art: "roll",
    velocity: 2,
    description: "Open the valve and the foam core does most of the work. 5 cm thick with an R-value of 4.2 for spring-to-fall camping.",
    skus: single(8900),
  },
  {
    slug: "ridgeline-24l-daypack",
    name: "Ridgeline 24 L Daypack",
    brand: "Switchback Gear",
    art: "backpack",
    velocity: 3,
    description:
      "A light, ventilated daypack with a hydration sleeve, hip-belt pockets and a stretch front pocket for a rain shell. Fits carry-on bins, too.",
    skus: each("color", ["Moss", "Ember", "Charcoal"], 7900),
    reviews: [
      [5, "Perfect day hike pack", "Comfortable with 6 kg, lots of pockets, and the back panel actually breathes."],
      [4, "Good pack", "Well made. I wish the hip-belt pockets were big enough for my phone."],
    ],
  },
  {
    slug: "summit-45l-backpacking-pack",
    name: "Summit 45 L Backpacking Pack",
    brand: "Switchback Gear",
    art: "backpack",
    velocity: 1,
    description:
      "An adjustable-torso pack with a load-lifting frame, a roll-top main body and a stretchy mesh front pocket. Carries a weekend's kit comfortably.",
    skus: options("fit", [
      ["Torso S/M", 18900],
      ["Torso M/L", 18900],
    ]),
  },
  {
    slug: "insulated-water-bottle",
    name: "Insulated Water Bottle",
    brand: "Summitline",
    art: "flask",
    velocity: 4,
    description:
      "Double-wall vacuum-insulated steel keeps water icy for 24 hours. Powder-coated grip, a leakproof chug cap and a wide mouth that takes ice cubes.",
    skus: grid(["size", ["18 oz", "32 oz"]], ["color", ["Glacier", "Pine", "Sunset", "Black"]], 2799, {
      upcharge: { "32 oz": 700 },
    }),
    reviews: [
      [5, "Ice still there the next day", "Left it in a hot car all afternoon and the ice was still clinking."],
      [5, "Tough", "Dropped it down a rocky trail. Dented, still sealed."],
      [3, "Paint chips", "Works great, but the powder coat chipped at the base within a month."],
    ],
  },
  {
    slug: "rechargeable-headlamp",
    name: "Rechargeable LED Headlamp, 400 lm",
    brand: "Lodestar",
    art: "lantern",
    velocity: 2,
    description: "A 400-lumen headlamp with a red night-vision mode, lock-out switch and USB-C charging. Weighs 62 g and runs 40 hours on low.",
    skus: single(3999),
    reviews: [
      [5, "Bright and light", "Lit up a whole campsite. The red mode is great for not blinding your friends."],
      [4, "Great headlamp", "Bright and comfortable. The button is a bit hard to find with gloves."],
    ],
  },
  {
    slug: "collapsible-camp-lantern",
    name: "Collapsible LED Camp Lantern",
    brand: "Lodestar",
    art: "lantern",
    velocity: 2,
    description: "A warm, dimmable lantern that collapses to the height of a hockey puck. Hang it in the tent or use it as a power bank in a pinch.",
    skus: single(3499),
  },
  {
    slug: "storm-proof-matches",
    name: "Storm-Proof Matches",
    brand: "Lodestar",
    art: "box",
    velocity: 2,
    description:
      "Windproof, waterproof matches that burn for 15 seconds — even after being dunked. Twenty-five matches and three strikers in a floating case.",
    skus: single(799, [25, "ct"]),
  },
  {
    slug: "picaridin-insect-repellent",
    name: "Picaridin Insect Repellent",
    brand: "Lodestar",
    art: "spray",
    velocity: 3,
    description:
      "20% picaridin spray that keeps mosquitoes and ticks away for up to 12 hours. Odorless, non-greasy and safe on gear and synthetic fabrics.",
    skus: single(999, [118, "ml"]),
    reviews: [[5, "No bites at the lake", "Works as well as DEET for me and doesn't melt my watch strap."]],
  },
  {
    slug: "day-hike-first-aid-kit",
    name: "Day Hike First Aid Kit",
    brand: "Lodestar",
    art: "box",
    velocity: 2,
    description: "Bandages, blister dressings, gauze, tape, antiseptic wipes, tweezers and a compact guide, in a bright organized zip pouch.",
    skus: single(2499),
  },
  {
    slug: "enamel-camp-mug",
    name: "Enamel Camp Mug",
    brand: "Switchback Gear",
    art: "mug",
    velocity: 3,
    description: "Classic enamelled steel with a rolled rim, for coffee at the campsite or soup on the stove. Holds 350 ml.",
    skus: each("color", ["Cream", "Blue Speckle"], 1600),
    reviews: [[4, "Classic camp vibes", "Looks great and holds heat fine. Rim gets hot with hot coffee."]],
  },
  {
    slug: "packable-puffy-blanket",
    name: "Packable Puffy Blanket",
    brand: "Switchback Gear",
    art: "roll",
    velocity: 1,
    description:
      "Synthetic insulation in a ripstop shell that's water and stain resistant. Drape it round the campfire, on the beach or at a chilly ballgame.",
    skus: each("color", ["Deep Teal", "Ochre"], 9900),
  },
]);
