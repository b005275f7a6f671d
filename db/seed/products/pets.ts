import { each, inCategory, options, single } from "./define";

export const pets = inCategory("pets", [
  {
    slug: "grain-free-salmon-dog-food",
    name: "Grain-Free Salmon & Sweet Potato Dog Food",
    brand: "Pawtrail",
    art: "bag",
    velocity: 3,
    description:
      "Wild-caught salmon is the first ingredient, with sweet potato, peas and omega-rich flaxseed for shiny coats. Complete nutrition for adult dogs of every size.",
    skus: options("size", [
      ["1.8 kg", 2499, [1800, "g"]],
      ["5.4 kg", 5499, [5400, "g"]],
      ["10.9 kg", 8999, [10900, "g"], 9999],
    ]),
    reviews: [
      [5, "Picky eater approved", "Our beagle cleans the bowl every time, and her itchy skin has calmed down."],
      [5, "Great coat", "Noticeably shinier coat after a month."],
      [4, "Good food, strong smell", "Dogs love it. The fishy smell when you open the bag is intense."],
    ],
  },
  {
    slug: "chicken-brown-rice-dog-food",
    name: "Chicken & Brown Rice Dog Food",
    brand: "Pawtrail",
    art: "bag",
    velocity: 3,
    description:
      "Farm-raised chicken with whole brown rice, oats and pumpkin for easy digestion. Small, crunchy kibble that helps keep teeth clean.",
    skus: options("size", [
      ["5.4 kg", 4699, [5400, "g"]],
      ["10.9 kg", 7999, [10900, "g"]],
    ]),
    reviews: [[4, "Easy on the stomach", "Our rescue has a sensitive tummy and does well on this."]],
  },
  {
    slug: "chicken-jerky-dog-treats",
    name: "Chicken Jerky Dog Treats",
    brand: "Pawtrail",
    art: "bag",
    velocity: 3,
    description:
      "Single-ingredient chicken breast, slow-dried in Oregon. Tear into small pieces for training.",
    skus: single(1299, [340, "g"]),
    reviews: [
      [5, "Training magic", "My dog will do anything for these. Easy to tear into tiny bits."],
      [5, "Made in the USA", "Love that it's one ingredient and made locally."],
    ],
  },
  {
    slug: "dental-chews-medium",
    name: "Dental Chews, Medium Dogs",
    brand: "Pawtrail",
    art: "box",
    velocity: 2,
    description:
      "Textured, twisty chews that scrub teeth and freshen breath, made with parsley and peppermint. For dogs 11–23 kg; one a day.",
    skus: single(1899, [24, "ct"]),
  },
  {
    slug: "salmon-oil-dogs-cats",
    name: "Wild Salmon Oil for Dogs & Cats",
    brand: "Pawtrail",
    art: "pump",
    velocity: 1,
    description:
      "Pure Alaskan salmon oil rich in EPA and DHA for skin, coat and joints. One pump over food; keep refrigerated after opening.",
    skus: single(2199, [473, "ml"]),
  },
  {
    slug: "indoor-formula-cat-food",
    name: "Indoor Formula Cat Food",
    brand: "Whisker & Wag",
    art: "bag",
    velocity: 3,
    description:
      "Turkey-first recipe with added fiber for hairball control and fewer calories for house cats who nap professionally.",
    skus: options("size", [
      ["1.4 kg", 1999, [1400, "g"]],
      ["4.5 kg", 4499, [4500, "g"]],
    ]),
    reviews: [
      [4, "Fewer hairballs", "Noticeably fewer hairballs after switching. Both cats eat it happily."],
      [2, "Cat refused it", "My cat sniffed it and walked away. Gave the bag to a neighbor whose cat loves it."],
    ],
  },
  {
    slug: "pate-variety-pack-cat-food",
    name: "Pâté Variety Pack Wet Cat Food",
    brand: "Whisker & Wag",
    art: "can",
    velocity: 3,
    description:
      "Twelve 85 g cans: chicken, salmon and turkey pâté made with real broth and no carrageenan.",
    skus: single(1499, [1020, "g"]),
    reviews: [[5, "Gone in seconds", "Our senior cat loves the salmon one. Smooth pâté is easy for her to eat."]],
  },
  {
    slug: "clumping-cat-litter",
    name: "Unscented Clumping Cat Litter",
    brand: "Whisker & Wag",
    art: "box",
    velocity: 3,
    description:
      "Low-dust clay litter that forms hard clumps for easy scooping and locks in odor without added perfume.",
    skus: single(1699, [9, "kg"]),
    reviews: [
      [4, "Clumps well", "Hard clumps and low dust. Heavy to carry home, so I use pickup."],
      [3, "Tracks a bit", "Good odor control but it tracks out of the box more than I'd like."],
    ],
  },
  {
    slug: "catnip-mice-3-pack",
    name: "Felt Catnip Mice, 3-Pack",
    brand: "Happy Hollow Pet Co.",
    art: "ball",
    velocity: 2,
    description:
      "Hand-felted wool mice stuffed with organic Washington catnip. Just the right size for batting under the sofa.",
    skus: single(899, [3, "ct"]),
    reviews: [[5, "Instant favorite", "My cat carries these around the house and meows at them."]],
  },
  {
    slug: "squeaky-tennis-balls",
    name: "Squeaky Tennis Balls, 3-Pack",
    brand: "Happy Hollow Pet Co.",
    art: "ball",
    velocity: 3,
    description:
      "Dog-safe felt that's gentle on teeth, with a squeaker that survives serious fetch sessions. Fits standard ball launchers.",
    skus: single(799, [3, "ct"]),
  },
  {
    slug: "reflective-dog-leash",
    name: "Reflective Dog Leash, 6 ft",
    brand: "Happy Hollow Pet Co.",
    art: "leash",
    velocity: 2,
    description:
      "Soft, padded handle and reflective stitching for early-morning and evening walks. Rust-proof aluminum clip.",
    skus: each("color", ["Safety Orange", "Navy"], 1999),
    reviews: [[5, "Visible at night", "The stitching lights up in headlights. Handle is comfy."]],
  },
  {
    slug: "adjustable-nylon-collar",
    name: "Adjustable Nylon Dog Collar",
    brand: "Happy Hollow Pet Co.",
    art: "leash",
    velocity: 2,
    description:
      "A sturdy, quick-release collar with a welded D-ring and room for a name tag. Machine washable.",
    skus: options("size", [
      ["S", 1299],
      ["M", 1499],
      ["L", 1699],
    ]),
  },
  {
    slug: "lavender-poop-bags",
    name: "Lavender Poop Bags, 120 Count",
    brand: "Happy Hollow Pet Co.",
    art: "box",
    velocity: 3,
    description:
      "Extra-thick, leak-proof bags with a light lavender scent, on eight rolls that fit any standard dispenser.",
    skus: single(899, [120, "ct"]),
  },
  {
    slug: "freeze-dried-salmon-cat-treats",
    name: "Freeze-Dried Salmon Cat Treats",
    brand: "Whisker & Wag",
    art: "bag",
    velocity: 2,
    description:
      "One ingredient: wild Alaskan salmon, freeze-dried in small cubes that crumble easily over food. Irresistible to even the fussiest cat.",
    skus: single(999, [42, "g"]),
    reviews: [[5, "My cat comes running", "I just shake the bag and she appears from anywhere in the house."]],
  },
]);
