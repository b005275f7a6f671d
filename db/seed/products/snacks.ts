import { each, inCategory, options, single } from "./define";

export const snacks = inCategory("snacks", [
  {
    slug: "kettle-cooked-potato-chips",
    name: "Kettle Cooked Potato Chips",
    brand: "Crackle & Co.",
    art: "chips",
    velocity: 5,
    description:
      "Skin-on Washington potatoes cooked in small batches in sunflower oil for a thick, glassy crunch. Seasoned simply and generously.",
    skus: each("flavor", ["Sea Salt", "Salt & Vinegar", "Jalapeño"], 399, [142, "g"]),
    reviews: [
      [5, "Crunchiest chips around", "Thick, sturdy, not greasy. The salt and vinegar are properly sharp."],
      [5, "Addictive", "The jalapeño flavor has a real kick. Gone in one sitting, every time."],
      [4, "Great chips", "Really good, though a few bags have had a lot of broken bits at the bottom."],
    ],
  },
  {
    slug: "white-cheddar-popcorn",
    name: "White Cheddar Popcorn",
    brand: "Crackle & Co.",
    art: "chips",
    velocity: 4,
    description:
      "Air-popped whole-grain popcorn tossed with aged Wisconsin white cheddar. Light, tangy and dangerously easy to finish.",
    skus: single(379, [142, "g"]),
    reviews: [[4, "Movie night staple", "Cheesy and not too salty. The kids fight over it."]],
  },
  {
    slug: "dark-chocolate-sea-salt-almonds",
    name: "Dark Chocolate Sea Salt Almonds",
    brand: "Trailside Snacks",
    art: "bag",
    velocity: 3,
    description:
      "California almonds roasted, enrobed in 70% dark chocolate and dusted with a little sea salt. A resealable pouch for the desk drawer.",
    skus: single(799, [227, "g"], 899),
    reviews: [
      [5, "Dangerous", "Perfect balance of bitter chocolate and salt. I have to hide the bag from myself."],
      [4, "Tasty", "Good chocolate coating. A few almonds were stuck together in a clump."],
    ],
  },
  {
    slug: "mountain-trail-mix",
    name: "Mountain Trail Mix",
    brand: "Trailside Snacks",
    art: "bag",
    velocity: 3,
    description:
      "Roasted peanuts, cashews, raisins, dried cranberries and dark chocolate chunks. Salty-sweet fuel for hikes, road trips and long afternoons.",
    skus: single(699, [340, "g"]),
  },
  {
    slug: "dried-mango-slices",
    name: "Dried Mango Slices",
    brand: "Trailside Snacks",
    art: "bag",
    velocity: 3,
    description:
      "Ripe Philippine Carabao mangoes, sliced and gently dried with no added sugar or sulfites. Chewy, tangy and bright orange.",
    skus: single(549, [170, "g"]),
    reviews: [[5, "No sugar and still sweet", "Soft and chewy, tastes like real mango. My toddler loves them."]],
  },
  {
    slug: "rosemary-olive-oil-crackers",
    name: "Rosemary Olive Oil Crackers",
    brand: "Hearth & Field",
    art: "box",
    velocity: 3,
    description:
      "Thin, blistered crackers baked with extra virgin olive oil, fresh rosemary and flaky salt. Made for a cheese board, excellent on their own.",
    skus: single(499, [170, "g"]),
    reviews: [
      [5, "Fancy but worth it", "Crisp, herby and sturdy enough for soft cheeses."],
      [3, "Lots of broken pieces", "Delicious, but half the box was crumbs by the time I opened it."],
    ],
  },
  {
    slug: "sourdough-pretzel-twists",
    name: "Sourdough Pretzel Twists",
    brand: "Hearth & Field",
    art: "chips",
    velocity: 3,
    description:
      "Made with a real sourdough starter and baked hard and dark for a tangy, deeply crunchy pretzel. Great dunked in mustard.",
    skus: single(429, [283, "g"]),
  },
  {
    slug: "peanut-butter-protein-bar",
    name: "Peanut Butter Protein Bar",
    brand: "Summit Fuel",
    art: "bar",
    velocity: 4,
    description:
      "Twenty grams of protein from peanuts and whey, with oats and a thin dark-chocolate base. Soft and chewy, not chalky.",
    skus: options("pack", [
      ["Single bar", 249, [60, "g"]],
      ["Box of 12", 2699, [12, "ct"]],
    ]),
    reviews: [
      [4, "Actually tastes good", "Not chalky like most protein bars. I keep a box at the gym."],
      [5, "Great post-ride snack", "Holds together in a jersey pocket and tastes like a peanut butter cookie."],
    ],
  },
  {
    slug: "salted-caramel-dark-chocolate",
    name: "Salted Caramel Dark Chocolate",
    brand: "Cacao Row",
    art: "bar",
    velocity: 3,
    description:
      "62% dark chocolate with crunchy caramelized sugar and Oregon sea salt folded through. Bean-to-bar, made in Portland from Dominican cacao.",
    skus: single(449, [85, "g"]),
    reviews: [[5, "Perfect bar", "The crunchy caramel bits are addictive. Half a bar a night, if I'm strong."]],
  },
  {
    slug: "ecuador-72-dark-chocolate",
    name: "Ecuador 72% Dark Chocolate",
    brand: "Cacao Row",
    art: "bar",
    velocity: 2,
    description:
      "Single-origin Arriba Nacional cacao with just cane sugar. Fudgy and floral with notes of banana and dried fig.",
    skus: single(499, [85, "g"]),
  },
  {
    slug: "fruit-juice-gummy-bears",
    name: "Fruit Juice Gummy Bears",
    brand: "Sugar Pine Candy",
    art: "chips",
    velocity: 3,
    description:
      "Chewy bears colored with fruit and vegetable juices: raspberry, lemon, orange, apple and pineapple. No artificial dyes.",
    skus: single(399, [200, "g"]),
    reviews: [
      [4, "Nice and chewy", "Good fruity flavor. Slightly softer than the big-name ones."],
      [2, "Stuck together", "The whole bag was one big clump. Tasty once pulled apart."],
    ],
  },
  {
    slug: "sparkling-water-8-pack",
    name: "Sparkling Water, 8-Pack",
    brand: "Fizzwell",
    art: "can",
    velocity: 5,
    description:
      "Crisp, lightly carbonated spring water with a hint of natural fruit essence. Zero sugar, zero calories, eight slim 355 ml cans.",
    skus: each("flavor", ["Grapefruit", "Lime", "Blackberry"], 649, [2840, "ml"]),
    reviews: [
      [5, "Grapefruit is the best one", "Really fizzy and refreshing. We go through two packs a week."],
      [4, "Good bubbles", "Nice subtle flavor. The blackberry is a bit faint."],
    ],
  },
  {
    slug: "ginger-lemon-kombucha",
    name: "Ginger Lemon Kombucha",
    brand: "Lively Ferments",
    art: "bottle",
    velocity: 3,
    description:
      "Raw, unpasteurised kombucha brewed on green tea and fermented with cold-pressed ginger and lemon. Tart, spicy and gently fizzy. Keep refrigerated.",
    skus: single(399, [473, "ml"]),
    reviews: [[4, "Spicy ginger", "Real ginger bite and not too vinegary. Would buy a 4-pack if they sold one."]],
  },
  {
    slug: "toasted-sesame-seaweed-snacks",
    name: "Toasted Sesame Seaweed Snacks",
    brand: "Golden Paddy",
    art: "box",
    velocity: 2,
    description:
      "Crisp sheets of roasted Korean laver brushed with sesame oil and a little sea salt. Ten lunchbox-sized packs.",
    skus: single(599, [50, "g"]),
  },
  {
    slug: "roasted-salted-cashews",
    name: "Roasted Salted Cashews",
    brand: "Trailside Snacks",
    art: "bag",
    velocity: 3,
    description:
      "Whole jumbo cashews, dry-roasted until golden and lightly salted. Buttery, crunchy and hard to stop eating.",
    skus: options("size", [
      ["283 g", 899, [283, "g"]],
      ["680 g", 1799, [680, "g"]],
    ]),
  },
]);
