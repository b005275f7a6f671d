import { each, inCategory, single } from "./define";

export const audio = inCategory("audio", [
  {
    slug: "fieldnote-anc-700-wireless-headphones",
    name: "Fieldnote ANC-700 Wireless Headphones",
    brand: "Fieldnote Audio",
    art: "headphones",
    velocity: 3,
    description:
      "Adaptive noise cancelling, 40 mm drivers tuned for a warm, detailed sound and 38 hours of battery. Memory-foam ear cushions and a fold-flat hinge for the carry case.",
    skus: each("color", ["Graphite", "Sand", "Navy"], 24900, undefined, 27900),
    reviews: [
      [5, "Blissful on flights", "Noise cancelling is on par with the big brands. Eight-hour flight, still 60% battery."],
      [5, "Comfortable all day", "I wear them for long video calls and forget they're on. The mic is clear too."],
      [4, "Great sound, stiff case", "Rich, warm sound. The case zipper is tough to open with one hand."],
      [3, "Good, app is clunky", "Sound and ANC are excellent; the companion app drops the connection a lot."],
    ],
  },
  {
    slug: "fieldnote-studio-40-wired-headphones",
    name: "Fieldnote Studio 40 Wired Headphones",
    brand: "Fieldnote Audio",
    art: "headphones",
    velocity: 2,
    description:
      "Closed-back monitoring headphones with a flat, honest response for mixing, podcasting and practice. Detachable coiled cable and a 6.35 mm adapter in the box.",
    skus: single(8900),
    reviews: [
      [5, "Accurate and comfy", "Great for editing podcasts. Nothing hyped, nothing hidden."],
      [4, "Solid studio cans", "Very good isolation. Clamping force is a little strong at first."],
    ],
  },
  {
    slug: "fieldnote-pocket-buds",
    name: "Fieldnote Pocket Buds",
    brand: "Fieldnote Audio",
    art: "earbuds",
    velocity: 4,
    description:
      "True wireless earbuds with noise cancelling, a transparency mode and six sizes of tips. Seven hours per charge, 28 with the pocket-sized case.",
    skus: each("color", ["Black", "White", "Sage"], 12900),
    reviews: [
      [5, "Tiny case, great sound", "Fits in my coin pocket. The fit with the medium tips is perfect."],
      [4, "Good value", "Noise cancelling is decent, not as strong as the over-ears, but great for the bus."],
      [2, "Left bud disconnects", "Sound is good but the left earbud drops out every few minutes on my phone."],
    ],
  },
  {
    slug: "fieldnote-sport-buds",
    name: "Fieldnote Sport Buds",
    brand: "Fieldnote Audio",
    art: "earbuds",
    velocity: 3,
    description:
      "Sweat-proof IPX5 earbuds with flexible wing tips that stay put on runs. Punchy bass, nine hours of playback and a quick charge of ten minutes for an hour.",
    skus: each("color", ["Black", "Coral"], 7900, undefined, 9900),
    reviews: [[5, "Never fall out", "Ran a half marathon in the rain with these. Not a single adjustment."]],
  },
  {
    slug: "fieldnote-braided-audio-cable",
    name: "Fieldnote Braided Audio Cable, 1.5 m",
    brand: "Fieldnote Audio",
    art: "box",
    velocity: 2,
    description: "3.5 mm to 3.5 mm cable with oxygen-free copper, gold-plated plugs and a tough nylon braid. Slim plug housings fit phone cases.",
    skus: single(1499),
  },
  {
    slug: "fieldnote-headphone-stand",
    name: "Fieldnote Walnut Headphone Stand",
    brand: "Fieldnote Audio",
    art: "box",
    velocity: 1,
    description: "A solid walnut stand with a weighted steel base and a cork-lined hook that won't dent your headband.",
    skus: single(3400),
  },
  {
    slug: "halyard-cove-portable-speaker",
    name: "Halyard Cove Portable Speaker",
    brand: "Halyard Sound",
    art: "speaker",
    velocity: 3,
    description:
      "A palm-sized Bluetooth speaker wrapped in recycled fabric, with surprisingly full 360° sound and 14 hours of playback. Pair two for stereo.",
    skus: each("color", ["Slate", "Moss", "Clay"], 6999),
    reviews: [
      [5, "Big sound, small box", "Fills our kitchen easily. The moss color looks great on the shelf."],
      [4, "Great little speaker", "Clear and loud enough for a picnic. Bass is light, as you'd expect."],
    ],
  },
  {
    slug: "halyard-tidal-waterproof-speaker",
    name: "Halyard Tidal Waterproof Speaker",
    brand: "Halyard Sound",
    art: "speaker",
    velocity: 2,
    description:
      "IP67 waterproof and dustproof, it floats, and the rubberised shell shrugs off drops onto the dock. Twenty hours of battery and a built-in bottle opener.",
    skus: each("color", ["Black", "Lake Blue"], 12900),
    reviews: [
      [5, "Lives in the shower", "Survived a dunk in the lake and still sounds great."],
      [3, "Good but heavy", "Sound is great; it's heavier than I expected for a backpack speaker."],
    ],
  },
  {
    slug: "halyard-loft-soundbar",
    name: "Halyard Loft Soundbar",
    brand: "Halyard Sound",
    art: "speaker",
    velocity: 1,
    description:
      "A slim soundbar with a dedicated center channel that makes dialogue crisp at low volume. HDMI eARC, optical and Bluetooth; one cable to your TV.",
    skus: single(19900, undefined, 24900),
    reviews: [[4, "Dialogue is finally clear", "No more subtitles for quiet scenes. Setup took five minutes."]],
  },
  {
    slug: "halyard-bookshelf-speakers",
    name: "Halyard Bookshelf Speakers, Pair",
    brand: "Halyard Sound",
    art: "speaker",
    velocity: 1,
    description:
      "Powered stereo speakers with 4-inch woofers, silk-dome tweeters and real wood veneer. Plug in a turntable, TV or stream over Bluetooth.",
    skus: each("finish", ["Walnut", "Matte Black"], 29900),
  },
  {
    slug: "tern-kids-headphones",
    name: "Tern Kids' Volume-Limited Headphones",
    brand: "Tern",
    art: "headphones",
    velocity: 2,
    description:
      "Volume capped at 85 dB to protect young ears, with a bendable headband that survives being sat on. Built-in sharing port for two kids and one tablet.",
    skus: each("color", ["Mint", "Coral", "Sky"], 2999),
    reviews: [
      [5, "Survived my 5-year-old", "They've been stepped on, sat on and thrown. Still work."],
      [4, "Good for road trips", "Volume limit works. A bit quiet on planes."],
    ],
  },
  {
    slug: "tern-bluetooth-clock-radio",
    name: "Tern Bluetooth Clock Radio",
    brand: "Tern",
    art: "speaker",
    velocity: 1,
    description: "An FM alarm clock with a warm-sounding speaker, a dimmable display and a USB-C port to charge your phone overnight.",
    skus: single(4999),
  },
  {
    slug: "tern-usb-c-headphone-adapter",
    name: "Tern USB-C to 3.5 mm Adapter",
    brand: "Tern",
    art: "box",
    velocity: 3,
    description: "A tiny digital-to-analog converter that brings back the headphone jack, with hi-res 24-bit/96 kHz support.",
    skus: single(1299),
  },
]);
