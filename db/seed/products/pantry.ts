import { each, inCategory, options, single } from "./define";

export const pantry = inCategory("pantry", [
  {
    slug: "sicilian-extra-virgin-olive-oil",
    name: "Sicilian Extra Virgin Olive Oil",
    brand: "Casa Mirella",
    art: "bottle",
    velocity: 4,
    description:
      "Cold-pressed from Nocellara olives harvested in western Sicily. Grassy and peppery, with a clean green-tomato finish — good enough to pour straight over bread.",
    skus: options("size", [
      ["500 ml", 1299, [500, "ml"]],
      ["1 l", 2199, [1, "l"], 2499],
    ]),
    reviews: [
      [
        5,
        "Our everyday oil now",
        "Peppery in the best way. We go through the liter bottle in about a month and it tastes as fresh at the end as the start.",
      ],
      [4, "Lovely flavor", "Really good for dressing and finishing. A bit pricey to fry with, so I keep a cheaper one for that."],
      [5, "Tastes like the one from our trip", "Bright and grassy, just like the oil we had in Palermo. The dark bottle keeps it fresh."],
    ],
  },
  {
    slug: "whole-peeled-plum-tomatoes",
    name: "Whole Peeled Plum Tomatoes",
    brand: "Casa Mirella",
    art: "can",
    velocity: 5,
    description:
      "Sweet, thick-walled plum tomatoes packed in their own purée with a basil leaf. Crush them by hand for a Sunday sauce that tastes like August.",
    skus: single(349, [794, "g"]),
    reviews: [
      [5, "Best canned tomatoes I've found", "Low acid, very few seeds, and they break down into a silky sauce in twenty minutes."],
      [4, "Reliable", "Consistent from can to can. I wish they came in a smaller size for weeknight cooking."],
    ],
  },
  {
    slug: "bronze-cut-rigatoni",
    name: "Bronze-Cut Rigatoni",
    brand: "Casa Mirella",
    art: "box",
    velocity: 4,
    description:
      "Extruded through bronze dies and slow-dried for 36 hours, so the surface stays rough and sauce clings to every ridge. Cooks to a firm al dente in 12 minutes.",
    skus: single(399, [500, "g"]),
    reviews: [[5, "You can taste the difference", "The texture is noticeably rougher than supermarket pasta and holds sauce so much better."]],
  },
  {
    slug: "aged-balsamic-vinegar-of-modena",
    name: "Aged Balsamic Vinegar of Modena",
    brand: "Casa Mirella",
    art: "bottle",
    velocity: 2,
    description:
      "Aged in oak and chestnut barrels for a round, syrupy sweetness with just enough tang. Drizzle over strawberries, roasted squash or a wedge of Parmigiano.",
    skus: single(949, [250, "ml"]),
  },
  {
    slug: "organic-rolled-oats",
    name: "Organic Rolled Oats",
    brand: "Prairie Mill",
    art: "bag",
    velocity: 4,
    description: "Thick-cut, old-fashioned oats from a family mill in Saskatchewan. Hearty enough for overnight oats, tender enough for cookies.",
    skus: options("size", [
      ["1 kg", 549, [1, "kg"]],
      ["2.5 kg", 1199, [2500, "g"]],
    ]),
    reviews: [
      [5, "Creamy porridge every time", "They don't turn to mush like quick oats. The big bag lasts our family about three weeks."],
      [4, "Good oats, flimsy bag", "Great quality, but the zip on the large bag split on me. I decant them into a jar now."],
    ],
  },
  {
    slug: "stone-ground-whole-wheat-flour",
    name: "Stone-Ground Whole Wheat Flour",
    brand: "Prairie Mill",
    art: "bag",
    velocity: 2,
    description:
      "Hard red spring wheat milled slowly between granite stones, keeping the bran and germ. Nutty and robust for breads, pancakes and rustic pie crusts.",
    skus: single(699, [2270, "g"]),
  },
  {
    slug: "thai-jasmine-rice",
    name: "Thai Jasmine Rice",
    brand: "Golden Paddy",
    art: "bag",
    velocity: 4,
    description: "New-crop Hom Mali rice from northeastern Thailand: long, fragrant grains that cook up soft and just slightly sticky.",
    skus: options("size", [
      ["2 kg", 849, [2, "kg"]],
      ["5 kg", 1799, [5, "kg"]],
    ]),
    reviews: [
      [5, "Fragrant and fluffy", "The kitchen smells amazing while it cooks. Rinse twice and use a little less water than the bag says."],
      [3, "Fine, not special", "Decent rice but I couldn't tell much difference from the store brand I used before."],
    ],
  },
  {
    slug: "coconut-milk-full-fat",
    name: "Coconut Milk, Full Fat",
    brand: "Golden Paddy",
    art: "can",
    velocity: 3,
    description:
      "Pressed from mature coconuts with no added gums, so the cream rises thick to the top of the can. The base for curries, soups and dairy-free whipped cream.",
    skus: single(279, [400, "ml"]),
  },
  {
    slug: "black-beans-no-salt-added",
    name: "Black Beans, No Salt Added",
    brand: "Greenfield Pantry",
    art: "can",
    velocity: 5,
    description: "Organic black beans cooked tender in water, nothing else. Season them your way for tacos, bowls and soups.",
    skus: single(179, [425, "g"]),
    reviews: [
      [4, "Pantry staple", "Firm beans that don't go mushy. I keep six cans in the cupboard at all times."],
      [5, "Nice that there's no salt", "My partner watches his sodium, and these taste fine once you add a little cumin and lime."],
    ],
  },
  {
    slug: "organic-red-lentils",
    name: "Organic Red Lentils",
    brand: "Greenfield Pantry",
    art: "bag",
    velocity: 3,
    description:
      "Split red lentils that melt into a golden purée in about fifteen minutes — no soaking needed. Perfect for dal, soups and weeknight stews.",
    skus: single(329, [500, "g"]),
  },
  {
    slug: "chicken-bone-broth",
    name: "Chicken Bone Broth",
    brand: "Greenfield Pantry",
    art: "box",
    velocity: 3,
    description:
      "Simmered for 18 hours from pasture-raised chicken bones, carrots, celery and onion. Savory, lightly salted and full of collagen: sip it warm or use it as a stock.",
    skus: single(599, [946, "ml"]),
  },
  {
    slug: "raw-wildflower-honey",
    name: "Raw Wildflower Honey",
    brand: "Beeline Apiaries",
    art: "jar",
    velocity: 3,
    description:
      "Unheated, lightly strained honey from hives in the Skagit Valley. Floral and buttery; it will crystallize over time, which is how you know it's raw.",
    skus: options("size", [
      ["340 g", 999, [340, "g"]],
      ["680 g", 1699, [680, "g"]],
    ]),
    reviews: [
      [5, "Tastes like summer", "Thick, floral and not cloyingly sweet. It crystallized after a month and I actually prefer it that way on toast."],
      [5, "Local and delicious", "Love supporting a regional beekeeper. The big jar is the better deal."],
      [2, "Crystallized quickly", "It turned solid within two weeks. I know that's normal for raw honey, but it's a pain for tea."],
    ],
  },
  {
    slug: "old-mill-peanut-butter",
    name: "Old Mill Peanut Butter",
    brand: "Prairie Mill",
    art: "jar",
    velocity: 4,
    description:
      "Just dry-roasted Valencia peanuts and a pinch of sea salt, ground fresh. Stir it once when you open the jar and keep it in the fridge.",
    skus: each("texture", ["Creamy", "Crunchy"], 499, [454, "g"]),
    reviews: [
      [5, "Simple and perfect", "Two ingredients and it tastes like actual peanuts. The crunchy one has big, satisfying pieces."],
      [3, "Oil separation", "Good flavor but there's a lot of oil on top and it's hard to stir back in. Store it upside down."],
    ],
  },
  {
    slug: "strawberry-rhubarb-preserves",
    name: "Strawberry Rhubarb Preserves",
    brand: "Orchard Lane",
    art: "jar",
    velocity: 2,
    description:
      "Small-batch preserves cooked in copper kettles with whole strawberries and tart Oregon rhubarb. Less sugar than most, so the fruit does the talking.",
    skus: single(649, [340, "g"]),
    reviews: [[5, "Not too sweet", "Real chunks of fruit and a nice tang from the rhubarb. Great with yogurt."]],
  },
  {
    slug: "pure-maple-syrup-dark",
    name: "Pure Maple Syrup, Dark Robust",
    brand: "Sugarbush Farm",
    art: "bottle",
    velocity: 3,
    description:
      "Late-season Vermont syrup with a deep caramel color and bold maple flavor that stands up to baking. Tapped and boiled on a fourth-generation sugarbush.",
    skus: options("size", [
      ["250 ml", 1099, [250, "ml"]],
      ["500 ml", 1899, [500, "ml"], 2199],
    ]),
    reviews: [
      [5, "Worth every penny", "So much more flavor than the amber grade. A little goes a long way on pancakes."],
      [4, "Great syrup", "Rich and dark. The bottle drips a little when you pour, hence four stars."],
    ],
  },
  {
    slug: "smoky-chipotle-hot-sauce",
    name: "Smoky Chipotle Hot Sauce",
    brand: "Ember & Vine",
    art: "bottle",
    velocity: 3,
    description:
      "Smoked jalapeños, roasted garlic and a splash of apple cider vinegar. Medium heat with a deep, campfire smokiness that belongs on eggs, tacos and grilled corn.",
    skus: single(699, [150, "ml"]),
    reviews: [
      [5, "On everything", "Smoky, a little sweet, and just enough heat. I've bought five bottles so far."],
      [4, "More smoke than heat", "Delicious, but if you want real heat this is on the mild side."],
      [1, "Bottle arrived leaking", "The cap wasn't sealed and it leaked all over my delivery bag. The sauce itself is fine."],
    ],
  },
  {
    slug: "flaky-sea-salt",
    name: "Flaky Sea Salt",
    brand: "Tidewater Salt Co.",
    art: "box",
    velocity: 2,
    description:
      "Pyramid-shaped flakes harvested by hand from the cold waters of the Olympic Peninsula. Crush between your fingers over steak, salads and chocolate chip cookies.",
    skus: single(749, [250, "g"]),
  },
  {
    slug: "honey-oat-granola",
    name: "Honey Oat Granola",
    brand: "Prairie Mill",
    art: "bag",
    velocity: 3,
    description:
      "Big clusters of rolled oats, almonds and pumpkin seeds, baked slowly with wildflower honey and a little cinnamon. Crunchy in milk for longer than you'd expect.",
    skus: single(599, [340, "g"]),
    reviews: [[4, "Great clusters", "Lots of big chunks, not much dust at the bottom. A bit sweet for me, so I mix it with plain oats."]],
  },
  {
    slug: "organic-chickpeas",
    name: "Organic Chickpeas",
    brand: "Greenfield Pantry",
    art: "can",
    velocity: 4,
    description: "Creamy, thin-skinned garbanzos cooked with a little sea salt. Roast them crisp, blitz them into hummus or toss them into a salad.",
    skus: single(189, [425, "g"]),
    reviews: [[5, "Great for hummus", "Skins are so thin I don't bother peeling them. Silky hummus every time."]],
  },
  {
    slug: "whole-grain-dijon-mustard",
    name: "Whole Grain Dijon Mustard",
    brand: "Ember & Vine",
    art: "jar",
    velocity: 2,
    description:
      "Brown and yellow mustard seeds stone-ground with white wine and a splash of cider vinegar. Sharp, seedy and perfect in a vinaigrette.",
    skus: single(549, [200, "g"]),
  },
  {
    slug: "bronze-cut-spaghetti",
    name: "Bronze-Cut Spaghetti",
    brand: "Casa Mirella",
    art: "box",
    velocity: 4,
    description:
      "Durum wheat semolina drawn through bronze and dried low and slow, for a porous, golden spaghetti that drinks up sauce. Cooks in 10 minutes.",
    skus: single(349, [500, "g"]),
  },
]);
