import { each, grid, inCategory, options, single } from "./define";

const BEAN_SIZES = ["250 g", "1 kg"];
const beanNet = { "250 g": [250, "g"], "1 kg": [1, "kg"] } as const;

/** Roaster's bags: 250 g and 1 kg, each as whole bean or ground for drip. */
function beans(price250: number, price1kg: number, compareAt250?: number) {
  return grid(["size", BEAN_SIZES], ["grind", ["Whole bean", "Drip grind"]], price250, {
    upcharge: { "1 kg": price1kg - price250 },
    compareAtCents: compareAt250,
    net: { "250 g": [...beanNet["250 g"]], "1 kg": [...beanNet["1 kg"]] },
  });
}

export const coffeeTea = inCategory("coffee-tea", [
  {
    slug: "ethiopia-yirgacheffe-whole-bean",
    name: "Ethiopia Yirgacheffe Whole Bean",
    brand: "Northbound Coffee Co.",
    art: "coffee-bag",
    velocity: 5,
    description:
      "A washed heirloom coffee from the Gedeo zone, roasted light to keep its jasmine aroma. Expect bergamot, lemon curd and a tea-like finish — stunning as a pour-over.",
    skus: options("size", [
      ["250 g", 1699, [250, "g"]],
      ["1 kg", 5499, [1, "kg"]],
    ]),
    reviews: [
      [5, "Floral and bright", "Tastes like jasmine tea with a squeeze of lemon. Roast date was four days before I bought it."],
      [5, "My favorite single origin", "I've tried a lot of Yirgacheffes and this is up there. Best at 200°F with a 1:16 ratio."],
      [4, "Lovely, but light", "Beautiful in a V60, a little sour as espresso. Know what you're buying."],
      [5, "Worth the kilo", "Bought the 1 kg bag and froze half in jars. Still excellent three weeks later."],
    ],
  },
  {
    slug: "colombia-huila-whole-bean",
    name: "Colombia Huila Whole Bean",
    brand: "Northbound Coffee Co.",
    art: "coffee-bag",
    velocity: 4,
    description:
      "Grown by smallholders near the town of Pitalito at 1,700 meters. A medium roast with red apple, panela sugar and milk chocolate: the crowd-pleaser of our line-up.",
    skus: beans(1549, 4999),
    reviews: [
      [5, "Perfect everyday coffee", "Sweet, balanced and easy to dial in. Works in drip, French press and my moka pot."],
      [4, "Very good", "Chocolatey and smooth. The drip grind is a touch fine for my basket brewer."],
    ],
  },
  {
    slug: "sumatra-dark-roast",
    name: "Sumatra Mandheling Dark Roast",
    brand: "Northbound Coffee Co.",
    art: "coffee-bag",
    velocity: 3,
    description:
      "Wet-hulled Sumatran beans taken to a deep, oily roast. Earthy and full-bodied with cedar, dark cocoa and almost no acidity — it loves a splash of cream.",
    skus: beans(1449, 4699),
    reviews: [
      [4, "Big and bold", "Exactly what I want from a dark roast: heavy body, no sourness. A bit smoky black."],
      [2, "Too roasty for me", "Tasted burnt to me, even brewed at a lower temperature. My husband likes it, though."],
    ],
  },
  {
    slug: "capitol-espresso-blend",
    name: "Capitol Espresso Blend",
    brand: "Northbound Coffee Co.",
    art: "coffee-bag",
    velocity: 4,
    description:
      "Brazil and Guatemala with a dash of washed Ethiopia, roasted for espresso. Pulls syrupy shots with hazelnut and cherry, and cuts through milk without getting bitter.",
    skus: beans(1599, 5199, 1799),
    reviews: [
      [5, "Great in milk drinks", "Makes a fantastic flat white. Dialed in at 18 g in, 38 g out, 28 seconds."],
      [5, "Consistent", "Every bag has tasted the same, which is what I want from a house blend."],
      [3, "Good, not great straight", "Nice with milk but a little flat as a straight espresso."],
    ],
  },
  {
    slug: "morning-ritual-breakfast-blend",
    name: "Morning Ritual Breakfast Blend",
    brand: "Ridgeline Roasters",
    art: "coffee-bag",
    velocity: 4,
    description:
      "A bright medium roast of Central American coffees with notes of toasted almond and orange. Built for big batch brewers and the first cup of the day.",
    skus: grid(["size", ["340 g", "907 g"]], ["grind", ["Whole bean", "Drip grind"]], 1299, {
      upcharge: { "907 g": 1400 },
      net: { "340 g": [340, "g"], "907 g": [907, "g"] },
    }),
    reviews: [[4, "Solid morning coffee", "Clean, a little nutty, and the 907 g bag is good value."]],
  },
  {
    slug: "swiss-water-decaf",
    name: "Swiss Water Process Decaf",
    brand: "Ridgeline Roasters",
    art: "coffee-bag",
    velocity: 2,
    description:
      "Decaffeinated with water alone — no chemical solvents — then roasted medium-dark. Caramel and baker's chocolate, so an evening cup still tastes like coffee.",
    skus: each("grind", ["Whole bean", "Drip grind"], 1499, [340, "g"]),
    reviews: [
      [5, "Doesn't taste like decaf", "I can finally have coffee after dinner without missing the real thing."],
      [4, "Pleasant", "Smooth and chocolatey. Not as complex as their regular coffees, but it's decaf."],
    ],
  },
  {
    slug: "cold-brew-coarse-grind",
    name: "Cold Brew Coarse Grind",
    brand: "Ridgeline Roasters",
    art: "coffee-bag",
    velocity: 3,
    description:
      "A chocolatey Brazilian and Peruvian blend ground extra-coarse for steeping. Add water, wait 16 hours, strain: a mellow concentrate that keeps a week in the fridge.",
    skus: single(1399, [454, "g"]),
  },
  {
    slug: "single-origin-instant-coffee",
    name: "Single-Origin Instant Coffee",
    brand: "Ridgeline Roasters",
    art: "box",
    velocity: 2,
    description:
      "Freeze-dried from freshly brewed Colombian coffee, so it actually tastes like a good cup. Eight single-serve sticks for the office, the trail or the tent.",
    skus: single(1199, [8, "ct"]),
    reviews: [[4, "Best instant I've had", "Not quite fresh-brewed but miles ahead of jar instant. Essential for camping."]],
  },
  {
    slug: "earl-grey-loose-leaf",
    name: "Earl Grey Loose Leaf",
    brand: "Wren & Kettle",
    art: "tea-tin",
    velocity: 3,
    description:
      "Ceylon black tea scented with cold-pressed Calabrian bergamot and a few cornflower petals. Brisk and citrusy; lovely with a splash of milk.",
    skus: single(1149, [100, "g"]),
    reviews: [
      [5, "Proper Earl Grey", "Strong bergamot without tasting like perfume. The tin keeps it fresh."],
      [4, "Lovely tea", "Great flavor. Needs a good strainer because the leaves are quite fine."],
    ],
  },
  {
    slug: "japanese-sencha",
    name: "Japanese Sencha",
    brand: "Wren & Kettle",
    art: "tea-tin",
    velocity: 2,
    description:
      "First-flush green tea from Shizuoka, steamed within hours of picking. Sweet and grassy with a savory, brothy depth. Brew at 160°F for one minute.",
    skus: single(1399, [80, "g"]),
  },
  {
    slug: "chamomile-lemon-balm",
    name: "Chamomile & Lemon Balm",
    brand: "Wren & Kettle",
    art: "tea-tin",
    velocity: 2,
    description:
      "Whole Egyptian chamomile flowers with lemon balm and a little lavender, in compostable pyramid bags. A calm, honeyed cup for the end of the day.",
    skus: single(599, [20, "ct"]),
    reviews: [[5, "Bedtime ritual", "Whole flowers in the bags, not dust. Very soothing."]],
  },
  {
    slug: "english-breakfast-tea",
    name: "English Breakfast Tea",
    brand: "Wren & Kettle",
    art: "tea-tin",
    velocity: 4,
    description: "A malty blend of Assam and Kenyan black teas in unbleached bags. Strong enough for milk and sugar, smooth enough to drink black.",
    skus: options("size", [
      ["50 bags", 799, [50, "ct"]],
      ["100 bags", 1399, [100, "ct"]],
    ]),
    reviews: [
      [5, "Strong and malty", "Finally a breakfast tea that stands up to milk. The 100 pack is the way to go."],
      [3, "Okay", "Decent, a little bitter if you forget it in the pot."],
    ],
  },
  {
    slug: "ceremonial-grade-matcha",
    name: "Ceremonial Grade Matcha",
    brand: "Uji Hills",
    art: "tea-tin",
    velocity: 2,
    description:
      "Shade-grown tencha from Uji, stone-milled into a vivid green powder. Creamy and umami-rich with no bitterness — whisk it with water or make the best latte of your life.",
    skus: single(2499, [30, "g"], 2999),
    reviews: [
      [5, "Vibrant green", "Bright color, smooth and sweet. Whisks up with a thick foam."],
      [4, "Good matcha, small tin", "Quality is excellent; 30 g goes fast if you drink it daily."],
    ],
  },
  {
    slug: "masala-chai-concentrate",
    name: "Masala Chai Concentrate",
    brand: "Wren & Kettle",
    art: "box",
    velocity: 3,
    description:
      "Assam tea brewed with fresh ginger, green cardamom, cinnamon and black pepper, lightly sweetened with cane sugar. Mix one to one with warm milk.",
    skus: single(649, [946, "ml"]),
  },
  {
    slug: "oat-milk-barista-edition",
    name: "Oat Milk, Barista Edition",
    brand: "Meadowcrest",
    art: "box",
    velocity: 4,
    description: "Made from Nordic oats with a touch more fat so it steams into glossy microfoam for latte art. Creamy, neutral and vegan.",
    skus: single(479, [946, "ml"]),
    reviews: [
      [5, "Steams beautifully", "Best oat milk for lattes that I've tried. Doesn't split in hot coffee."],
      [4, "Good but sweet-ish", "Froths great; tastes slightly sweet on its own."],
    ],
  },
  {
    slug: "canned-nitro-cold-brew",
    name: "Nitro Cold Brew, 4-Pack",
    brand: "Northbound Coffee Co.",
    art: "can",
    velocity: 3,
    description:
      "Our cold brew infused with nitrogen for a cascading, creamy pour — no dairy needed. Pop the can, pour hard into a glass and watch it settle.",
    skus: each("style", ["Black", "Oat Milk Latte"], 1199, [1240, "ml"]),
    reviews: [[4, "Creamy without milk", "Pour it hard into a glass and it foams up like a stout. The oat latte is a treat."]],
  },
]);
