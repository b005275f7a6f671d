import { APPAREL_SIZES, each, grid, inCategory, options } from "./define";

export const apparel = inCategory("apparel", [
  {
    slug: "everyday-organic-cotton-tee",
    name: "Everyday Organic Cotton Tee",
    brand: "Common Thread Supply",
    art: "tshirt",
    velocity: 4,
    description:
      "A mid-weight crew neck in soft organic cotton jersey, pre-shrunk so it keeps its shape. The tee you'll reach for first.",
    skus: grid(["size", ["XS", ...APPAREL_SIZES]], ["color", ["White", "Black", "Sage", "Heather Grey"]], 2400),
    reviews: [
      [5, "Perfect basic tee", "Soft, not see-through, and it didn't shrink in the wash. Bought one in every color."],
      [4, "Runs slightly long", "Great quality. Slightly longer than I expected, which I actually like tucked in."],
      [5, "Holds up", "Six months of weekly washes and the collar hasn't gone wavy."],
    ],
  },
  {
    slug: "heavyweight-pocket-tee",
    name: "Heavyweight Pocket Tee",
    brand: "Foundry Workwear",
    art: "tshirt",
    velocity: 3,
    description:
      "Dense 220 gsm cotton with a chest pocket, a ribbed collar that won't stretch out, and a boxy, workwear fit.",
    skus: grid(["size", APPAREL_SIZES], ["color", ["Navy", "Rust", "Oatmeal"]], 3200),
    reviews: [[5, "Thick and sturdy", "Feels like a vintage tee. The rust color is great."]],
  },
  {
    slug: "merino-long-sleeve-base-layer",
    name: "Merino Long-Sleeve Base Layer",
    brand: "Cascade Knitworks",
    art: "tshirt",
    velocity: 2,
    description:
      "Fine 18.5-micron merino wool that's warm when it's cold, cool when it's not, and doesn't hold odor after a long day on the trail.",
    skus: grid(["size", APPAREL_SIZES], ["color", ["Black", "Forest"]], 8500),
    reviews: [[4, "Warm, not itchy", "Wore it three days straight on a backpacking trip. Doesn't smell."]],
  },
  {
    slug: "classic-pullover-hoodie",
    name: "Classic Pullover Hoodie",
    brand: "Common Thread Supply",
    art: "hoodie",
    velocity: 3,
    description:
      "Brushed-back organic cotton fleece with a lined hood, a roomy kangaroo pocket and ribbed cuffs that hold their shape.",
    skus: grid(["size", APPAREL_SIZES], ["color", ["Charcoal", "Forest", "Oatmeal"]], 6400),
    reviews: [
      [5, "So cozy", "Heavy, soft on the inside and the hood actually stays up."],
      [4, "Great hoodie", "Love it; it pilled a bit under the arms after a few washes."],
    ],
  },
  {
    slug: "zip-fleece-jacket",
    name: "Zip Fleece Jacket",
    brand: "Cascade Knitworks",
    art: "jacket",
    velocity: 2,
    description:
      "A recycled-polyester grid fleece that traps warmth and breathes on the move. Zip hand pockets and a chin guard.",
    skus: grid(["size", APPAREL_SIZES], ["color", ["Black", "Tan"]], 8900, { compareAtCents: 10900 }),
    reviews: [[5, "Layering workhorse", "Warm under a shell, breathable on its own. Great on sale."]],
  },
  {
    slug: "packable-rain-shell",
    name: "Packable Rain Shell",
    brand: "Cascade Knitworks",
    art: "jacket",
    velocity: 2,
    description:
      "A 2.5-layer waterproof, breathable jacket with taped seams, pit zips and an adjustable hood. Stuffs into its own chest pocket.",
    skus: grid(["size", APPAREL_SIZES], ["color", ["Slate", "Sulfur Yellow"]], 12900),
    reviews: [
      [5, "Seattle approved", "Kept me dry through a full November day downtown. Packs tiny."],
      [3, "Runs small", "Works well, but size up if you want to layer a fleece under it."],
    ],
  },
  {
    slug: "waxed-canvas-chore-coat",
    name: "Waxed Canvas Chore Coat",
    brand: "Foundry Workwear",
    art: "jacket",
    velocity: 1,
    description:
      "Heavy waxed cotton canvas with a corduroy collar, four patch pockets and a blanket-lined body. It gets better every year you wear it.",
    skus: options("size", APPAREL_SIZES.map((size) => [size, 16800] as [string, number])),
    reviews: [[5, "Built like a tank", "Stiff at first, then it molds to you. Love the blanket lining."]],
  },
  {
    slug: "brushed-flannel-shirt",
    name: "Brushed Flannel Shirt",
    brand: "Foundry Workwear",
    art: "jacket",
    velocity: 2,
    description:
      "Double-brushed cotton flannel that's soft on both sides, with a two-pocket front and a relaxed fit for layering.",
    skus: grid(["size", APPAREL_SIZES], ["color", ["Red Plaid", "Blue Plaid"]], 5800),
  },
  {
    slug: "merino-hiking-socks",
    name: "Merino Crew Hiking Socks",
    brand: "Cascade Knitworks",
    art: "socks",
    velocity: 3,
    description:
      "Cushioned merino socks with a seamless toe and arch support that stays put. Blister-free miles, no stink.",
    skus: grid(["size", ["S", "M", "L"]], ["color", ["Grey", "Olive"]], 2200),
    reviews: [
      [5, "Best socks I own", "No blisters on a 20-mile day. Worth every cent."],
      [4, "Comfortable", "Super comfy. One pair got a hole in the heel after a year of heavy use."],
    ],
  },
  {
    slug: "cotton-ankle-socks-3-pack",
    name: "Cotton Ankle Socks, 3-Pack",
    brand: "Common Thread Supply",
    art: "socks",
    velocity: 3,
    description:
      "Everyday organic cotton ankle socks with a cushioned sole and a heel tab that keeps them from slipping into your shoes.",
    skus: options("size", [
      ["S", 1600],
      ["M", 1600],
      ["L", 1600],
    ]),
  },
  {
    slug: "ribbed-wool-beanie",
    name: "Ribbed Wool Beanie",
    brand: "Cascade Knitworks",
    art: "beanie",
    velocity: 3,
    description:
      "A classic fisherman's rib beanie knit from soft lambswool with a deep cuff. One size fits most.",
    skus: each("color", ["Cream", "Rust", "Navy", "Charcoal"], 2800),
    reviews: [[5, "Warm and not itchy", "Soft enough that I wear it all day. The rust color is lovely."]],
  },
  {
    slug: "six-panel-canvas-cap",
    name: "Six-Panel Canvas Cap",
    brand: "Foundry Workwear",
    art: "cap",
    velocity: 2,
    description:
      "Washed cotton canvas with a pre-curved brim and a brass-buckle strap. Broken in from day one.",
    skus: each("color", ["Khaki", "Navy", "Black"], 2600),
  },
  {
    slug: "heavy-canvas-tote",
    name: "Heavy Canvas Tote",
    brand: "Common Thread Supply",
    art: "tote",
    velocity: 3,
    description:
      "A 16 oz cotton canvas tote with long handles for the shoulder, a flat base and an inside pocket for keys. Carries a week of groceries.",
    skus: each("color", ["Natural", "Black"], 2200),
    reviews: [
      [5, "Grocery hero", "Holds a surprising amount and stands up on its own."],
      [4, "Sturdy", "Great bag. The black one shows lint."],
    ],
  },
]);
