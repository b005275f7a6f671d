import type { ArtKind } from "@/db/seed/types";

/**
 * Product images drawn on the server as SVG: one illustration per kind of product (a bag of
 * coffee, a can, a tent…), coloured from a palette derived from the product's slug, with the
 * brand set small on the package. Pure functions: no database, no I/O.
 */

export type ProductArtInput = { slug: string; name: string; brand: string; categorySlug: string };

// ---------------------------------------------------------------------------------------------
// Which illustration a product gets, from its name and category (works for admin-made products).

const RULES: Record<string, [RegExp, ArtKind][]> = {
  pantry: [
    [/granola/, "bag"],
    [/oil|vinegar|syrup|sauce/, "bottle"],
    [/tomato|beans|coconut milk|chickpea/, "can"],
    [/honey|butter|preserve|jam|mustard/, "jar"],
    [/oat|flour|rice|lentil|granola/, "bag"],
  ],
  "coffee-tea": [
    [/milk|concentrate|instant/, "box"],
    [/nitro|\bcans?\b/, "can"],
    [/tea|matcha|chamomile|sencha|earl grey|rooibos/, "tea-tin"],
  ],
  snacks: [
    [/chip|popcorn|pretzel|gumm/, "chips"],
    [/\bbar\b|chocolate$|chocolate,|% dark/, "bar"],
    [/sparkling|soda|water/, "can"],
    [/kombucha|juice/, "bottle"],
    [/cracker|seaweed/, "box"],
    [/nut|almond|cashew|trail|mango|mix|dried/, "bag"],
  ],
  kitchen: [
    [/mug|dripper/, "mug"],
    [/skillet|pan\b/, "pan"],
    [/knife/, "knife"],
    [/board/, "board"],
    [/towel/, "towel"],
    [/tumbler|press|bottle/, "flask"],
  ],
  cleaning: [
    [/sponge|cloth/, "sponge"],
    [/ball/, "ball"],
    [/toilet|dish soap|castile|liquid/, "bottle"],
    [/cleaner|spray/, "spray"],
  ],
  "personal-care": [
    [/shampoo|conditioner|body wash|cleanser|moisturi[sz]er/, "pump"],
    [/bar soap|cold-process/, "soap"],
    [/deodorant|sunscreen|cream|balm|toothpaste/, "tube"],
    [/sanitizer|lotion/, "bottle"],
  ],
  audio: [
    [/buds/, "earbuds"],
    [/headphones/, "headphones"],
    [/speaker|soundbar|radio/, "speaker"],
  ],
  outdoor: [
    [/tent/, "tent"],
    [/sleeping|blanket|pad\b/, "roll"],
    [/pack\b|backpack|daypack/, "backpack"],
    [/headlamp|lantern/, "lantern"],
    [/bottle|tumbler|flask/, "flask"],
    [/mug/, "mug"],
    [/repellent|spray/, "spray"],
  ],
  pets: [
    [/wet|pâté|pate/, "can"],
    [/oil/, "pump"],
    [/mice|ball/, "ball"],
    [/leash|collar/, "leash"],
    [/food|treat|jerky/, "bag"],
  ],
  apparel: [
    [/hoodie|sweatshirt/, "hoodie"],
    [/sock/, "socks"],
    [/beanie/, "beanie"],
    [/\bcap\b|hat/, "cap"],
    [/tote/, "tote"],
    [/\btee\b|t-shirt|base layer/, "tshirt"],
    [/jacket|shell|coat|fleece|shirt/, "jacket"],
  ],
};

const FALLBACK: Record<string, ArtKind> = { "coffee-tea": "coffee-bag", apparel: "tshirt", audio: "box" };

export function artKindFor(name: string, categorySlug: string): ArtKind {
  const lower = name.toLowerCase();
  for (const [pattern, kind] of RULES[categorySlug] ?? []) if (pattern.test(lower)) return kind;
  return FALLBACK[categorySlug] ?? "box";
}

// ---------------------------------------------------------------------------------------------
// Colour: a calm palette per product, the hue taken from a hash of its slug.

function hash(text: string) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const hsl = (h: number, s: number, l: number) => `hsl(${Math.round(((h % 360) + 360) % 360)} ${s}% ${l}%)`;

type Palette = {
  bg: string;
  halo: string;
  main: string;
  dark: string;
  light: string;
  accent: string;
  label: string;
  ink: string;
  metal: string;
  wood: string;
};

/** Warm, muted hues for food and home; a wider, cooler range for gear and clothes. */
const HUE_RANGES: Record<string, [number, number]> = {
  pantry: [0, 60],
  "coffee-tea": [10, 45],
  snacks: [330, 420],
  kitchen: [10, 200],
  cleaning: [90, 210],
  "personal-care": [150, 380],
  audio: [180, 260],
  outdoor: [60, 200],
  pets: [15, 200],
  apparel: [0, 360],
};

export function paletteFor(slug: string, categorySlug: string): Palette {
  const seed = hash(slug);
  const [from, to] = HUE_RANGES[categorySlug] ?? [0, 360];
  const h = from + ((seed % 1000) / 1000) * (to - from);
  const tone = (seed >>> 10) % 3; // deep, mid or soft, so neighbours on a shelf differ
  const [s, l] = [
    [48, 38],
    [52, 50],
    [44, 62],
  ][tone];
  const accentHue = h + [150, 180, 35][(seed >>> 14) % 3];
  return {
    bg: hsl(h + 20, 34, 94),
    halo: hsl(h + 20, 38, 88),
    main: hsl(h, s, l),
    dark: hsl(h, s + 4, Math.max(18, l - 16)),
    light: hsl(h, s - 6, Math.min(86, l + 22)),
    accent: hsl(accentHue, 52, 56),
    label: hsl(h + 30, 40, 97),
    ink: hsl(h, 35, 18),
    metal: hsl(h + 180, 8, 74),
    wood: hsl(30 + (seed % 14), 42, 58),
  };
}

// ---------------------------------------------------------------------------------------------
// Text.

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);

const FONT = "ui-sans-serif, system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif";

/** The brand in small caps, on one or two lines, sized to fit `width`. */
function brandText(brand: string, cx: number, cy: number, width: number, color: string, max = 15) {
  const words = brand.toUpperCase().split(/\s+/);
  // Bold capitals run about 0.75 em wide, plus the letter-spacing.
  const widthOf = (line: string) => line.length * 0.87;
  let lines = [words.join(" ")];
  if (words.length > 1 && widthOf(lines[0]) * max > width) {
    // Split where the two lines are most even.
    let best = lines;
    for (let i = 1; i < words.length; i++) {
      const pair = [words.slice(0, i).join(" "), words.slice(i).join(" ")];
      if (Math.max(...pair.map(widthOf)) < Math.max(...best.map(widthOf))) best = pair;
    }
    lines = best;
  }
  const size = Math.min(max, width / Math.max(...lines.map(widthOf)));
  const lead = size * 1.25;
  const top = cy - ((lines.length - 1) * lead) / 2 + size * 0.35;
  return lines
    .map(
      (line, i) =>
        `<text x="${cx}" y="${(top + i * lead).toFixed(1)}" text-anchor="middle" font-family="${FONT}" font-size="${size.toFixed(1)}" font-weight="700" letter-spacing="${(size * 0.12).toFixed(2)}" fill="${color}">${escapeXml(line)}</text>`,
    )
    .join("");
}

/** For things without a package: the brand as a catalogue caption under the object. */
const caption = (brand: string, p: Palette) => brandText(brand, 200, 366, 220, p.ink, 11).replace(/fill="/g, 'fill-opacity="0.55" fill="');

// ---------------------------------------------------------------------------------------------
// Shared shading: a soft highlight on the left and shade on the right of round things.

const DEFS = `<defs>
<linearGradient id="round" x1="0" x2="1" y1="0" y2="0">
<stop offset="0" stop-color="#000" stop-opacity="0.10"/><stop offset="0.22" stop-color="#fff" stop-opacity="0.28"/>
<stop offset="0.5" stop-color="#fff" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.18"/>
</linearGradient>
<linearGradient id="flat" x1="0" x2="1" y1="0" y2="1">
<stop offset="0" stop-color="#fff" stop-opacity="0.16"/><stop offset="1" stop-color="#000" stop-opacity="0.10"/>
</linearGradient>
<radialGradient id="glow"><stop offset="0" stop-color="#fff6c9"/><stop offset="0.6" stop-color="#ffd66b"/><stop offset="1" stop-color="#f4a93b" stop-opacity="0.9"/></radialGradient>
</defs>`;

type Draw = (p: Palette, brand: string, name: string, category: string) => string;

const label = (x: number, y: number, w: number, h: number, p: Palette, brand: string, r = 6) =>
  `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${r}" fill="${p.label}"/>` +
  `<rect x="${x + 8}" y="${y + h - 14}" width="${w - 16}" height="3" rx="1.5" fill="${p.accent}"/>` +
  brandText(brand, x + w / 2, y + (h - 12) / 2, w - 18, p.ink);

// ---------------------------------------------------------------------------------------------
// The illustrations, on a 400 × 400 canvas with the floor at y ≈ 322.

const DRAW: Record<ArtKind, Draw> = {
  bag: (p, brand) =>
    `<path d="M122 104 L278 104 L290 318 Q200 330 110 318 Z" fill="${p.main}"/>` +
    `<path d="M122 104 L278 104 L290 318 Q200 330 110 318 Z" fill="url(#flat)"/>` +
    `<rect x="118" y="88" width="164" height="24" rx="4" fill="${p.dark}"/>` +
    `<path d="M118 100 h164" stroke="${p.light}" stroke-opacity="0.5" stroke-dasharray="3 4"/>` +
    `<rect x="126" y="118" width="10" height="190" rx="5" fill="#fff" opacity="0.14"/>` +
    label(140, 168, 120, 96, p, brand) +
    `<circle cx="200" cy="290" r="6" fill="${p.accent}"/>`,

  "coffee-bag": (p, brand) =>
    `<rect x="128" y="92" width="144" height="230" rx="6" fill="${p.main}"/>` +
    `<rect x="128" y="92" width="16" height="230" fill="${p.dark}" opacity="0.45"/>` +
    `<rect x="256" y="92" width="16" height="230" fill="${p.dark}" opacity="0.45"/>` +
    `<path d="M128 92 L138 62 L262 62 L272 92 Z" fill="${p.dark}"/>` +
    `<rect x="122" y="80" width="156" height="8" rx="4" fill="${p.metal}"/>` +
    `<circle cx="200" cy="124" r="10" fill="${p.dark}"/><circle cx="200" cy="124" r="4" fill="${p.light}"/>` +
    label(150, 160, 100, 112, p, brand) +
    `<g transform="translate(200 300) rotate(-25)"><ellipse rx="12" ry="8" fill="${p.light}"/><path d="M-10 0 Q0 -4 10 0" stroke="${p.dark}" stroke-width="2" fill="none"/></g>`,

  "tea-tin": (p, brand) =>
    `<path d="M136 134 L264 134 L264 318 A64 13 0 0 1 136 318 Z" fill="${p.main}"/>` +
    `<path d="M136 134 L264 134 L264 318 A64 13 0 0 1 136 318 Z" fill="url(#round)"/>` +
    `<path d="M130 102 L270 102 L270 140 A70 13 0 0 1 130 140 Z" fill="${p.dark}"/>` +
    `<path d="M130 102 L270 102 L270 140 A70 13 0 0 1 130 140 Z" fill="url(#round)"/>` +
    `<ellipse cx="200" cy="102" rx="70" ry="13" fill="${p.light}"/>` +
    `<rect x="136" y="182" width="128" height="88" fill="${p.label}"/>` +
    `<rect x="136" y="182" width="128" height="88" fill="url(#round)" opacity="0.6"/>` +
    brandText(brand, 200, 214, 110, p.ink) +
    `<g transform="translate(200 248)"><ellipse cx="-7" rx="9" ry="4.5" transform="rotate(-30 -7 0)" fill="${p.accent}"/><ellipse cx="7" rx="9" ry="4.5" transform="rotate(30 7 0)" fill="${p.accent}"/></g>`,

  can: (p, brand) =>
    `<path d="M140 112 L260 112 L260 316 A60 11 0 0 1 140 316 Z" fill="${p.main}"/>` +
    `<rect x="140" y="176" width="120" height="84" fill="${p.label}"/>` +
    brandText(brand, 200, 210, 104, p.ink) +
    `<rect x="156" y="240" width="88" height="3" rx="1.5" fill="${p.accent}"/>` +
    `<path d="M140 112 L260 112 L260 316 A60 11 0 0 1 140 316 Z" fill="url(#round)"/>` +
    `<ellipse cx="200" cy="112" rx="60" ry="11" fill="${p.metal}"/><ellipse cx="200" cy="112" rx="52" ry="8" fill="#fff" opacity="0.35"/>` +
    `<path d="M140 124 A60 11 0 0 0 260 124" stroke="${p.metal}" stroke-width="4" fill="none"/>` +
    `<path d="M140 306 A60 11 0 0 0 260 306" stroke="${p.metal}" stroke-width="5" fill="none"/>`,

  jar: (p, brand) =>
    `<rect x="126" y="136" width="148" height="184" rx="28" fill="${p.main}"/>` +
    `<rect x="126" y="136" width="148" height="184" rx="28" fill="url(#round)"/>` +
    `<rect x="140" y="104" width="120" height="38" rx="7" fill="${p.dark}"/>` +
    `<path d="M152 110 v26 M164 110 v26 M176 110 v26 M188 110 v26 M200 110 v26 M212 110 v26 M224 110 v26 M236 110 v26 M248 110 v26" stroke="#000" stroke-opacity="0.15" stroke-width="3"/>` +
    `<rect x="138" y="150" width="12" height="150" rx="6" fill="#fff" opacity="0.22"/>` +
    label(126, 188, 148, 82, p, brand, 0),

  bottle: (p, brand, _name, category) =>
    category === "cleaning" || category === "personal-care"
      ? // A squeezable plastic bottle with a flip cap.
        `<path d="M172 132 L228 132 Q256 140 256 176 L256 306 Q256 322 240 322 L160 322 Q144 322 144 306 L144 176 Q144 140 172 132 Z" fill="${p.main}"/>` +
        `<path d="M172 132 L228 132 Q256 140 256 176 L256 306 Q256 322 240 322 L160 322 Q144 322 144 306 L144 176 Q144 140 172 132 Z" fill="url(#round)"/>` +
        `<rect x="176" y="100" width="48" height="34" rx="6" fill="${p.accent}"/><rect x="182" y="96" width="24" height="8" rx="3" fill="${p.accent}"/>` +
        label(152, 192, 96, 96, p, brand)
      : `<path d="M186 92 L214 92 L214 136 Q252 150 252 190 L252 312 Q252 322 242 322 L158 322 Q148 322 148 312 L148 190 Q148 150 186 136 Z" fill="${p.dark}"/>` +
        `<path d="M186 92 L214 92 L214 136 Q252 150 252 190 L252 312 Q252 322 242 322 L158 322 Q148 322 148 312 L148 190 Q148 150 186 136 Z" fill="url(#round)"/>` +
        `<rect x="181" y="64" width="38" height="32" rx="5" fill="${p.accent}"/>` +
        `<rect x="158" y="176" width="9" height="126" rx="4.5" fill="#fff" opacity="0.2"/>` +
        label(148, 206, 104, 84, p, brand, 0),

  box: (p, brand) =>
    `<path d="M250 116 L292 94 L292 300 L250 322 Z" fill="${p.dark}"/>` +
    `<path d="M126 116 L168 94 L292 94 L250 116 Z" fill="${p.light}"/>` +
    `<rect x="126" y="116" width="124" height="206" fill="${p.main}"/>` +
    `<rect x="126" y="116" width="124" height="206" fill="url(#flat)"/>` +
    label(138, 156, 100, 96, p, brand) +
    `<rect x="126" y="290" width="124" height="12" fill="${p.accent}"/>`,

  bar: (p, brand) =>
    `<g transform="rotate(-8 200 220)">` +
    `<path d="M92 168 l-8 8 l8 8 l-8 8 l8 8 l-8 8 l8 8 l-8 8 l8 8 l-8 8 l8 8 l-8 8 l8 8 L308 272 l8 -8 l-8 -8 l8 -8 l-8 -8 l8 -8 l-8 -8 l8 -8 l-8 -8 l8 -8 l-8 -8 l8 -8 l-8 -8 Z" fill="${p.main}"/>` +
    `<rect x="92" y="168" width="216" height="104" fill="url(#flat)"/>` +
    `<rect x="150" y="168" width="100" height="104" fill="${p.label}"/>` +
    brandText(brand, 200, 212, 86, p.ink) +
    `<rect x="164" y="246" width="72" height="3" rx="1.5" fill="${p.accent}"/>` +
    `<rect x="104" y="176" width="8" height="88" rx="4" fill="#fff" opacity="0.18"/></g>`,

  chips: (p, brand) => {
    const crimp = (y: number) =>
      `<path d="M126 ${y} ${Array.from({ length: 15 }, (_, i) => `L${131 + i * 10} ${y - 7} L${136 + i * 10} ${y}`).join(" ")} L276 ${y} L276 ${y + 12} L124 ${y + 12} Z" fill="${p.dark}"/>`;
    return (
      `<path d="M126 100 L274 100 Q296 210 274 316 L126 316 Q104 210 126 100 Z" fill="${p.main}"/>` +
      `<path d="M126 100 L274 100 Q296 210 274 316 L126 316 Q104 210 126 100 Z" fill="url(#round)"/>` +
      crimp(96) +
      crimp(310) +
      `<circle cx="200" cy="190" r="54" fill="${p.label}"/>` +
      brandText(brand, 200, 190, 88, p.ink, 13) +
      `<ellipse cx="182" cy="272" rx="22" ry="12" transform="rotate(-18 182 272)" fill="${p.accent}"/>` +
      `<ellipse cx="220" cy="266" rx="20" ry="11" transform="rotate(22 220 266)" fill="${p.accent}" opacity="0.8"/>`
    );
  },

  mug: (p, brand, name) =>
    (/dripper/i.test(name)
      ? `<path d="M120 142 L280 142 L236 262 L164 262 Z" fill="${p.main}"/><path d="M120 142 L280 142 L236 262 L164 262 Z" fill="url(#round)"/>` +
        `<ellipse cx="200" cy="142" rx="80" ry="12" fill="${p.dark}"/><rect x="150" y="262" width="100" height="14" rx="4" fill="${p.main}"/>` +
        `<rect x="140" y="276" width="120" height="40" rx="10" fill="${p.light}"/><path d="M270 170 q34 6 24 40 q-8 22 -42 26" stroke="${p.main}" stroke-width="12" fill="none"/>`
      : `<path d="M250 176 q54 0 54 46 q0 46 -54 46" stroke="${p.main}" stroke-width="16" fill="none"/>` +
        `<path d="M130 150 L250 150 L250 292 Q250 320 222 320 L158 320 Q130 320 130 292 Z" fill="${p.main}"/>` +
        `<path d="M130 150 L250 150 L250 292 Q250 320 222 320 L158 320 Q130 320 130 292 Z" fill="url(#round)"/>` +
        `<ellipse cx="190" cy="150" rx="60" ry="11" fill="${p.dark}"/>` +
        `<path d="M172 128 q-10 -14 0 -28 q10 -14 0 -28 M204 128 q-10 -14 0 -28 q10 -14 0 -28" stroke="${p.ink}" stroke-opacity="0.2" stroke-width="5" stroke-linecap="round" fill="none"/>`) +
    caption(brand, p),

  pan: (p, brand, name) => {
    // Cast iron and ceramic pans are near-black whatever the palette; only a ceramic pan's handle takes colour.
    const iron = "hsl(30 6% 22%)";
    const handle = /ceramic|nonstick/i.test(name) ? p.main : iron;
    return (
      `<rect x="254" y="204" width="104" height="22" rx="11" transform="rotate(-12 254 215)" fill="${handle}"/>` +
      `<circle cx="344" cy="196" r="5" fill="${p.bg}"/>` +
      `<ellipse cx="164" cy="248" rx="116" ry="60" fill="${iron}"/>` +
      `<ellipse cx="164" cy="236" rx="116" ry="58" fill="hsl(30 6% 34%)"/>` +
      `<ellipse cx="164" cy="240" rx="97" ry="45" fill="${/ceramic|nonstick/i.test(name) ? p.light : "hsl(30 6% 17%)"}"/>` +
      `<ellipse cx="146" cy="226" rx="48" ry="16" fill="#fff" opacity="0.10"/>` +
      caption(brand, p)
    );
  },

  knife: (p, brand) =>
    `<g transform="rotate(-28 210 220)">` +
    `<path d="M206 200 L336 200 Q362 204 372 222 L206 232 Z" fill="${p.metal}"/>` +
    `<path d="M206 226 L372 222 L206 232 Z" fill="#fff" opacity="0.6"/>` +
    `<rect x="196" y="196" width="14" height="40" rx="4" fill="${p.metal}"/><rect x="196" y="196" width="14" height="40" rx="4" fill="#000" opacity="0.12"/>` +
    `<rect x="76" y="200" width="122" height="32" rx="12" fill="${p.wood}"/><rect x="76" y="200" width="122" height="32" rx="12" fill="url(#flat)"/>` +
    `<circle cx="104" cy="216" r="4" fill="${p.metal}"/><circle cx="136" cy="216" r="4" fill="${p.metal}"/><circle cx="168" cy="216" r="4" fill="${p.metal}"/>` +
    `</g>` +
    caption(brand, p),

  board: (p, brand) =>
    `<rect x="96" y="128" width="208" height="190" rx="22" fill="${p.wood}"/>` +
    `<rect x="96" y="128" width="208" height="190" rx="22" fill="url(#flat)"/>` +
    `<path d="M116 180 q40 -10 84 0 t84 0 M116 222 q40 -12 84 0 t84 0 M116 264 q40 -10 84 0 t84 0" stroke="#000" stroke-opacity="0.09" stroke-width="3" fill="none"/>` +
    `<rect x="180" y="144" width="40" height="12" rx="6" fill="${p.bg}"/>` +
    `<rect x="96" y="306" width="208" height="12" rx="6" fill="#000" opacity="0.12"/>` +
    caption(brand, p),

  towel: (p, brand) =>
    `<rect x="118" y="150" width="164" height="170" rx="8" fill="${p.light}"/>` +
    `<rect x="108" y="128" width="164" height="170" rx="8" fill="${p.main}"/>` +
    `<rect x="108" y="128" width="164" height="170" rx="8" fill="url(#flat)"/>` +
    `<rect x="108" y="164" width="164" height="8" fill="${p.accent}"/><rect x="108" y="178" width="164" height="3" fill="${p.accent}"/>` +
    `<rect x="108" y="254" width="164" height="8" fill="${p.accent}"/>` +
    `<path d="M190 128 q10 -26 20 0" stroke="${p.dark}" stroke-width="4" fill="none"/>` +
    caption(brand, p),

  spray: (p, brand) =>
    `<path d="M150 178 Q150 164 164 164 L236 164 Q250 164 250 178 L256 310 Q256 322 244 322 L156 322 Q144 322 144 310 Z" fill="${p.main}"/>` +
    `<path d="M150 178 Q150 164 164 164 L236 164 Q250 164 250 178 L256 310 Q256 322 244 322 L156 322 Q144 322 144 310 Z" fill="url(#round)"/>` +
    `<rect x="182" y="136" width="36" height="30" rx="4" fill="${p.dark}"/>` +
    `<path d="M166 96 L232 96 Q244 96 244 108 L244 138 L166 138 Z" fill="${p.accent}"/>` +
    `<path d="M166 100 L132 104 L132 116 L166 120 Z" fill="${p.accent}"/>` +
    `<path d="M190 138 Q180 160 164 170" stroke="${p.accent}" stroke-width="10" stroke-linecap="round" fill="none"/>` +
    label(158, 200, 86, 90, p, brand),

  sponge: (p, brand) =>
    `<path d="M110 198 L150 172 L302 172 L262 198 Z" fill="${p.accent}"/>` +
    `<path d="M262 198 L302 172 L302 260 L262 290 Z" fill="${p.dark}"/>` +
    `<rect x="110" y="198" width="152" height="28" fill="${p.accent}"/><rect x="110" y="198" width="152" height="28" fill="#000" opacity="0.12"/>` +
    `<rect x="110" y="226" width="152" height="64" fill="${p.main}"/>` +
    Array.from(
      { length: 14 },
      (_, i) =>
        `<circle cx="${124 + (i % 7) * 21}" cy="${244 + Math.floor(i / 7) * 24 + (i % 2) * 6}" r="${3 + (i % 3)}" fill="#000" opacity="0.1"/>`,
    ).join("") +
    caption(brand, p),

  tube: (p, brand) =>
    `<rect x="168" y="278" width="64" height="44" rx="8" fill="${p.accent}"/>` +
    `<path d="M164 282 L146 114 L254 114 L236 282 Z" fill="${p.main}"/>` +
    `<path d="M164 282 L146 114 L254 114 L236 282 Z" fill="url(#round)"/>` +
    `<rect x="142" y="94" width="116" height="22" rx="3" fill="${p.dark}"/>` +
    `<path d="M152 98 v14 M162 98 v14 M172 98 v14 M182 98 v14 M192 98 v14 M202 98 v14 M212 98 v14 M222 98 v14 M232 98 v14 M242 98 v14 M252 98 v14" stroke="#fff" stroke-opacity="0.25" stroke-width="2"/>` +
    `<rect x="158" y="150" width="84" height="70" rx="4" fill="${p.label}"/>` +
    brandText(brand, 200, 180, 72, p.ink, 13) +
    `<rect x="164" y="236" width="72" height="4" rx="2" fill="${p.label}" opacity="0.7"/>`,

  pump: (p, brand) =>
    `<rect x="146" y="148" width="108" height="174" rx="22" fill="${p.main}"/>` +
    `<rect x="146" y="148" width="108" height="174" rx="22" fill="url(#round)"/>` +
    `<rect x="180" y="126" width="40" height="26" rx="4" fill="${p.dark}"/>` +
    `<rect x="194" y="98" width="12" height="30" fill="${p.metal}"/>` +
    `<rect x="172" y="86" width="60" height="16" rx="5" fill="${p.dark}"/>` +
    `<rect x="226" y="89" width="34" height="9" rx="4" fill="${p.dark}"/>` +
    label(154, 196, 92, 96, p, brand),

  soap: (p, brand) =>
    `<rect x="104" y="196" width="192" height="100" rx="34" fill="${p.dark}"/>` +
    `<rect x="104" y="180" width="192" height="100" rx="34" fill="${p.main}"/>` +
    `<rect x="104" y="180" width="192" height="100" rx="34" fill="url(#flat)"/>` +
    `<rect x="152" y="176" width="96" height="124" fill="${p.label}"/>` +
    `<rect x="152" y="176" width="96" height="124" fill="url(#flat)" opacity="0.5"/>` +
    brandText(brand, 200, 228, 80, p.ink, 13) +
    `<rect x="170" y="262" width="60" height="3" rx="1.5" fill="${p.accent}"/>`,

  headphones: (p, brand) =>
    `<path d="M116 236 Q116 104 200 104 Q284 104 284 236" stroke="${p.main}" stroke-width="16" stroke-linecap="round" fill="none"/>` +
    `<path d="M132 226 Q132 124 200 124 Q268 124 268 226" stroke="${p.dark}" stroke-width="6" fill="none" opacity="0.6"/>` +
    `<rect x="94" y="206" width="52" height="100" rx="24" fill="${p.main}"/><rect x="94" y="206" width="52" height="100" rx="24" fill="url(#round)"/>` +
    `<rect x="254" y="206" width="52" height="100" rx="24" fill="${p.main}"/><rect x="254" y="206" width="52" height="100" rx="24" fill="url(#round)"/>` +
    `<rect x="134" y="216" width="20" height="80" rx="10" fill="${p.dark}"/><rect x="246" y="216" width="20" height="80" rx="10" fill="${p.dark}"/>` +
    `<circle cx="120" cy="256" r="8" fill="${p.accent}" opacity="0.8"/>` +
    caption(brand, p),

  earbuds: (p, brand) =>
    `<rect x="136" y="214" width="128" height="100" rx="46" fill="${p.main}"/><rect x="136" y="214" width="128" height="100" rx="46" fill="url(#round)"/>` +
    `<path d="M140 250 H260" stroke="${p.dark}" stroke-width="3"/><circle cx="200" cy="290" r="4" fill="${p.accent}"/>` +
    `<g transform="rotate(-18 150 150)"><rect x="142" y="146" width="16" height="54" rx="8" fill="${p.light}"/><circle cx="150" cy="146" r="22" fill="${p.light}"/><circle cx="150" cy="146" r="10" fill="${p.dark}"/></g>` +
    `<g transform="rotate(18 250 150)"><rect x="242" y="146" width="16" height="54" rx="8" fill="${p.light}"/><circle cx="250" cy="146" r="22" fill="${p.light}"/><circle cx="250" cy="146" r="10" fill="${p.dark}"/></g>` +
    caption(brand, p),

  speaker: (p, brand, name) => {
    if (/soundbar/i.test(name)) {
      return (
        `<rect x="60" y="220" width="280" height="70" rx="24" fill="${p.main}"/><rect x="60" y="220" width="280" height="70" rx="24" fill="url(#flat)"/>` +
        Array.from({ length: 26 }, (_, i) => `<circle cx="${82 + i * 9.5}" cy="${246 + (i % 2) * 10}" r="2.2" fill="#000" opacity="0.2"/>`).join("") +
        `<circle cx="200" cy="282" r="3" fill="${p.accent}"/>` +
        caption(brand, p)
      );
    }
    const unit = (x: number, y: number, w: number, h: number) =>
      `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="14" fill="${p.main}"/><rect x="${x}" y="${y}" width="${w}" height="${h}" rx="14" fill="url(#flat)"/>` +
      `<circle cx="${x + w / 2}" cy="${y + h * 0.3}" r="${w * 0.13}" fill="${p.dark}"/>` +
      `<circle cx="${x + w / 2}" cy="${y + h * 0.66}" r="${w * 0.3}" fill="${p.dark}"/><circle cx="${x + w / 2}" cy="${y + h * 0.66}" r="${w * 0.12}" fill="${p.light}" opacity="0.5"/>`;
    if (/pair|bookshelf/i.test(name)) return unit(92, 146, 100, 176) + unit(208, 146, 100, 176) + caption(brand, p);
    if (/radio|clock/i.test(name)) {
      return (
        `<rect x="96" y="180" width="208" height="140" rx="26" fill="${p.main}"/><rect x="96" y="180" width="208" height="140" rx="26" fill="url(#flat)"/>` +
        `<rect x="116" y="202" width="92" height="46" rx="8" fill="${p.ink}"/>` +
        `<text x="162" y="235" text-anchor="middle" font-family="${FONT}" font-size="24" font-weight="600" fill="${p.accent}">7:15</text>` +
        Array.from(
          { length: 20 },
          (_, i) => `<circle cx="${230 + (i % 4) * 16}" cy="${210 + Math.floor(i / 4) * 20}" r="3" fill="#000" opacity="0.18"/>`,
        ).join("") +
        `<rect x="116" y="266" width="92" height="10" rx="5" fill="${p.dark}"/>` +
        caption(brand, p)
      );
    }
    return (
      `<rect x="122" y="134" width="156" height="188" rx="44" fill="${p.main}"/><rect x="122" y="134" width="156" height="188" rx="44" fill="url(#round)"/>` +
      Array.from(
        { length: 48 },
        (_, i) => `<circle cx="${142 + (i % 8) * 16.5}" cy="${160 + Math.floor(i / 8) * 26 + (i % 2) * 13}" r="2.4" fill="#000" opacity="0.16"/>`,
      ).join("") +
      `<rect x="176" y="122" width="48" height="14" rx="7" fill="${p.dark}"/>` +
      `<circle cx="188" cy="129" r="3" fill="${p.light}"/><circle cx="212" cy="129" r="3" fill="${p.light}"/>` +
      caption(brand, p)
    );
  },

  tent: (p, brand) =>
    `<path d="M200 112 L324 318 L362 318 L250 128 Z" fill="${p.dark}"/>` +
    `<path d="M200 112 L86 318 L324 318 Z" fill="${p.main}"/>` +
    `<path d="M200 112 L86 318 L324 318 Z" fill="url(#flat)"/>` +
    `<path d="M200 168 L158 318 L242 318 Z" fill="${p.dark}"/>` +
    `<path d="M200 168 L200 318" stroke="${p.accent}" stroke-width="3"/>` +
    `<path d="M200 112 L60 318 M250 128 L380 318" stroke="${p.ink}" stroke-opacity="0.3" stroke-width="1.5"/>` +
    `<circle cx="200" cy="110" r="5" fill="${p.accent}"/>` +
    caption(brand, p),

  lantern: (p, brand, name) =>
    (/headlamp/i.test(name)
      ? `<ellipse cx="200" cy="230" rx="96" ry="58" stroke="${p.main}" stroke-width="16" fill="none"/>` +
        `<rect x="160" y="244" width="80" height="60" rx="16" fill="${p.dark}"/><circle cx="200" cy="274" r="20" fill="url(#glow)"/>` +
        `<rect x="226" y="250" width="10" height="6" rx="3" fill="${p.accent}"/>`
      : `<path d="M160 124 Q200 76 240 124" stroke="${p.dark}" stroke-width="7" fill="none"/>` +
        `<rect x="150" y="120" width="100" height="26" rx="10" fill="${p.main}"/>` +
        `<rect x="158" y="146" width="84" height="132" rx="18" fill="url(#glow)"/>` +
        `<path d="M158 190 H242 M158 234 H242" stroke="${p.main}" stroke-opacity="0.35" stroke-width="3"/>` +
        `<rect x="144" y="276" width="112" height="44" rx="12" fill="${p.main}"/><rect x="144" y="276" width="112" height="44" rx="12" fill="url(#flat)"/>`) +
    caption(brand, p),

  backpack: (p, brand) =>
    `<path d="M180 106 Q200 84 220 106" stroke="${p.dark}" stroke-width="7" fill="none"/>` +
    `<rect x="128" y="104" width="144" height="218" rx="44" fill="${p.main}"/><rect x="128" y="104" width="144" height="218" rx="44" fill="url(#round)"/>` +
    `<path d="M128 160 Q128 104 200 104 Q272 104 272 160 L272 176 Q200 196 128 176 Z" fill="${p.dark}"/>` +
    `<rect x="150" y="226" width="100" height="78" rx="20" fill="${p.dark}" opacity="0.85"/>` +
    `<path d="M160 240 H240" stroke="${p.accent}" stroke-width="3"/>` +
    `<rect x="186" y="176" width="28" height="20" rx="4" fill="${p.accent}"/>` +
    caption(brand, p),

  flask: (p, brand, name) => {
    if (/press/i.test(name)) {
      return (
        `<rect x="196" y="76" width="8" height="40" fill="${p.metal}"/><circle cx="200" cy="74" r="9" fill="${p.dark}"/>` +
        `<rect x="144" y="112" width="112" height="16" rx="5" fill="${p.metal}"/>` +
        `<rect x="150" y="126" width="100" height="184" rx="10" fill="${p.light}" opacity="0.7"/>` +
        `<rect x="150" y="190" width="100" height="120" rx="10" fill="${p.dark}"/>` +
        `<rect x="150" y="126" width="100" height="184" rx="10" fill="url(#round)"/>` +
        `<path d="M256 150 q34 0 34 40 v40 q0 30 -34 30" stroke="${p.metal}" stroke-width="10" fill="none"/>` +
        `<rect x="144" y="306" width="112" height="14" rx="5" fill="${p.metal}"/>` +
        caption(brand, p)
      );
    }
    const tumbler = /tumbler/i.test(name);
    return (
      (tumbler
        ? `<path d="M152 124 L248 124 L236 316 Q236 322 230 322 L170 322 Q164 322 164 316 Z" fill="${p.main}"/><path d="M152 124 L248 124 L236 316 Q236 322 230 322 L170 322 Q164 322 164 316 Z" fill="url(#round)"/>` +
          `<rect x="146" y="100" width="108" height="28" rx="8" fill="${p.dark}"/><rect x="176" y="104" width="40" height="8" rx="4" fill="${p.light}"/>`
        : `<path d="M186 72 Q200 54 214 72" stroke="${p.dark}" stroke-width="7" fill="none"/><rect x="170" y="72" width="60" height="38" rx="10" fill="${p.dark}"/>` +
          `<rect x="160" y="106" width="80" height="216" rx="26" fill="${p.main}"/><rect x="160" y="106" width="80" height="216" rx="26" fill="url(#round)"/>`) +
      caption(brand, p)
    );
  },

  ball: (p, brand, name) => {
    if (/mice|mouse/i.test(name)) {
      const mouse = (x: number, y: number, color: string, flip: number) =>
        `<g transform="translate(${x} ${y}) scale(${flip} 1)"><path d="M-58 20 Q-30 -44 40 -6 Q62 8 40 26 Z" fill="${color}"/>` +
        `<circle cx="6" cy="-22" r="14" fill="${color}"/><circle cx="6" cy="-22" r="7" fill="${p.accent}" opacity="0.6"/>` +
        `<circle cx="34" cy="4" r="3" fill="${p.ink}"/><path d="M-58 20 q-30 6 -36 -20" stroke="${p.ink}" stroke-width="3" fill="none"/></g>`;
      return mouse(170, 260, p.main, 1) + mouse(250, 220, p.dark, -1) + caption(brand, p);
    }
    const ball = (cx: number, cy: number, r: number, color: string) =>
      `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${color}"/><circle cx="${cx}" cy="${cy}" r="${r}" fill="url(#round)"/>` +
      `<path d="M${cx - r * 0.9} ${cy - r * 0.4} Q${cx} ${cy - r * 0.1} ${cx - r * 0.35} ${cy + r * 0.92} M${cx + r * 0.35} ${cy - r * 0.92} Q${cx} ${cy + r * 0.1} ${cx + r * 0.9} ${cy + r * 0.4}" stroke="#fff" stroke-opacity="0.7" stroke-width="${r * 0.09}" fill="none"/>`;
    return ball(160, 268, 50, p.dark) + ball(246, 262, 56, p.main) + ball(204, 192, 54, p.light) + caption(brand, p);
  },

  leash: (p, brand, name) =>
    (/collar/i.test(name)
      ? `<ellipse cx="200" cy="226" rx="104" ry="64" stroke="${p.main}" stroke-width="26" fill="none"/>` +
        `<ellipse cx="200" cy="226" rx="104" ry="64" stroke="#fff" stroke-opacity="0.2" stroke-width="4" stroke-dasharray="6 6" fill="none"/>` +
        `<rect x="176" y="276" width="48" height="30" rx="6" fill="${p.dark}"/><circle cx="200" cy="318" r="12" stroke="${p.metal}" stroke-width="5" fill="none"/>`
      : `<path d="M200 206 C150 206 130 166 152 128 C170 98 230 98 248 128 C270 166 250 206 200 206 Z" stroke="${p.main}" stroke-width="14" fill="none"/>` +
        `<ellipse cx="200" cy="236" rx="78" ry="26" stroke="${p.dark}" stroke-width="12" fill="none"/>` +
        `<ellipse cx="200" cy="256" rx="84" ry="28" stroke="${p.main}" stroke-width="12" fill="none"/>` +
        `<ellipse cx="200" cy="256" rx="84" ry="28" stroke="#fff" stroke-opacity="0.5" stroke-width="2" stroke-dasharray="5 7" fill="none"/>` +
        `<path d="M200 206 V226" stroke="${p.main}" stroke-width="14"/>` +
        `<path d="M270 270 Q290 290 276 306" stroke="${p.main}" stroke-width="12" stroke-linecap="round" fill="none"/>` +
        `<rect x="262" y="300" width="26" height="22" rx="8" fill="${p.metal}"/><circle cx="275" cy="326" r="7" stroke="${p.metal}" stroke-width="4" fill="none"/>`) +
    caption(brand, p),

  tshirt: (p, brand, name) => {
    const long = /long-sleeve|base layer/i.test(name);
    const sleeves = long
      ? `<path d="M138 118 L92 150 L70 300 L104 306 L138 196 Z M262 118 L308 150 L330 300 L296 306 L262 196 Z" fill="${p.main}"/>`
      : `<path d="M140 112 L86 148 L110 190 L140 172 Z M260 112 L314 148 L290 190 L260 172 Z" fill="${p.main}"/>`;
    return (
      sleeves +
      `<path d="M140 112 L176 100 Q200 124 224 100 L260 112 L264 322 L136 322 Z" fill="${p.main}"/>` +
      `<path d="M140 112 L176 100 Q200 124 224 100 L260 112 L264 322 L136 322 Z" fill="url(#flat)"/>` +
      `<path d="M176 100 Q200 124 224 100" stroke="${p.dark}" stroke-width="6" fill="none"/>` +
      (/pocket/i.test(name) ? `<rect x="212" y="150" width="32" height="36" rx="3" fill="${p.dark}" opacity="0.5"/>` : "") +
      `<rect x="190" y="110" width="20" height="10" rx="2" fill="${p.label}"/>` +
      caption(brand, p)
    );
  },

  hoodie: (p, brand) =>
    `<path d="M150 110 Q200 52 250 110 Q200 136 150 110 Z" fill="${p.dark}"/>` +
    `<path d="M138 118 L92 150 L72 300 L106 306 L138 200 Z M262 118 L308 150 L328 300 L294 306 L262 200 Z" fill="${p.main}"/>` +
    `<path d="M138 112 L176 104 Q200 130 224 104 L262 112 L266 322 L134 322 Z" fill="${p.main}"/>` +
    `<path d="M138 112 L176 104 Q200 130 224 104 L262 112 L266 322 L134 322 Z" fill="url(#flat)"/>` +
    `<path d="M160 258 L240 258 L252 300 L148 300 Z" fill="${p.dark}" opacity="0.55"/>` +
    `<path d="M190 122 v44 M210 122 v40" stroke="${p.label}" stroke-width="3" stroke-linecap="round"/>` +
    `<rect x="134" y="308" width="132" height="14" fill="${p.dark}" opacity="0.6"/>` +
    caption(brand, p),

  jacket: (p, brand, name) => {
    const plaid = /flannel|plaid/i.test(name);
    const body = `M138 112 L180 100 L200 130 L220 100 L262 112 L266 322 L134 322 Z`;
    return (
      (plaid
        ? `<defs><pattern id="plaid" width="28" height="28" patternUnits="userSpaceOnUse"><rect width="28" height="28" fill="${p.main}"/><rect width="28" height="9" fill="${p.dark}" opacity="0.6"/><rect width="9" height="28" fill="${p.dark}" opacity="0.6"/><path d="M0 18 H28 M18 0 V28" stroke="${p.light}" stroke-width="2" opacity="0.6"/></pattern></defs>`
        : "") +
      `<path d="M138 118 L92 150 L72 300 L106 306 L138 200 Z M262 118 L308 150 L328 300 L294 306 L262 200 Z" fill="${plaid ? "url(#plaid)" : p.main}"/>` +
      `<path d="${body}" fill="${plaid ? "url(#plaid)" : p.main}"/><path d="${body}" fill="url(#flat)"/>` +
      `<path d="M180 100 L200 130 L186 150 L166 112 Z M220 100 L200 130 L214 150 L234 112 Z" fill="${p.dark}"/>` +
      (plaid
        ? `<circle cx="200" cy="170" r="3.5" fill="${p.label}"/><circle cx="200" cy="210" r="3.5" fill="${p.label}"/><circle cx="200" cy="250" r="3.5" fill="${p.label}"/><circle cx="200" cy="290" r="3.5" fill="${p.label}"/>`
        : `<path d="M200 130 V322" stroke="${p.dark}" stroke-width="3"/><rect x="152" y="250" width="36" height="40" rx="4" fill="${p.dark}" opacity="0.4"/><rect x="212" y="250" width="36" height="40" rx="4" fill="${p.dark}" opacity="0.4"/>`) +
      caption(brand, p)
    );
  },

  socks: (p, brand) => {
    const sock = (dx: number, color: string) =>
      `<g transform="translate(${dx} 0)"><path d="M150 96 L206 96 L206 232 Q206 252 226 262 L270 282 Q294 294 282 316 Q272 332 246 324 L168 296 Q146 288 148 262 Z" fill="${color}"/>` +
      `<rect x="150" y="96" width="56" height="30" fill="#000" opacity="0.14"/><path d="M160 100 v22 M172 100 v22 M184 100 v22 M196 100 v22" stroke="#fff" stroke-opacity="0.3" stroke-width="2"/>` +
      `<path d="M256 282 Q292 292 282 316 Q272 332 246 324 Z" fill="${p.accent}"/><path d="M148 262 Q146 288 168 296 L182 300 Q176 270 150 250 Z" fill="${p.accent}"/></g>`;
    return sock(-30, p.dark) + sock(14, p.main) + caption(brand, p);
  },

  beanie: (p, brand) =>
    `<path d="M116 250 Q112 118 200 112 Q288 118 284 250 Z" fill="${p.main}"/>` +
    Array.from(
      { length: 11 },
      (_, i) =>
        `<path d="M${130 + i * 14} 248 Q${132 + i * 14} 170 ${160 + i * 8} 122" stroke="#000" stroke-opacity="0.09" stroke-width="3" fill="none"/>`,
    ).join("") +
    `<path d="M116 250 Q112 118 200 112 Q288 118 284 250 Z" fill="url(#round)"/>` +
    `<rect x="106" y="236" width="188" height="62" rx="14" fill="${p.dark}"/>` +
    Array.from({ length: 17 }, (_, i) => `<path d="M${118 + i * 10.5} 242 v50" stroke="#000" stroke-opacity="0.14" stroke-width="3"/>`).join("") +
    `<rect x="182" y="254" width="36" height="24" rx="3" fill="${p.label}"/>` +
    caption(brand, p),

  cap: (p, brand) =>
    `<path d="M238 246 Q318 240 344 272 Q300 286 232 276 Z" fill="${p.dark}"/>` +
    `<path d="M96 270 Q90 156 184 150 Q266 150 262 270 Z" fill="${p.main}"/>` +
    `<path d="M96 270 Q90 156 184 150 Q266 150 262 270 Z" fill="url(#round)"/>` +
    `<path d="M178 150 Q150 200 152 270 M184 150 Q220 200 228 268" stroke="#000" stroke-opacity="0.14" stroke-width="3" fill="none"/>` +
    `<ellipse cx="181" cy="150" rx="11" ry="5" fill="${p.dark}"/>` +
    `<rect x="96" y="262" width="168" height="12" rx="4" fill="${p.dark}" opacity="0.7"/>` +
    caption(brand, p),

  tote: (p, brand) =>
    `<path d="M158 170 Q158 96 200 96 Q242 96 242 170" stroke="${p.dark}" stroke-width="11" fill="none"/>` +
    `<path d="M130 168 L270 168 L284 322 L116 322 Z" fill="${p.main}"/>` +
    `<path d="M130 168 L270 168 L284 322 L116 322 Z" fill="url(#flat)"/>` +
    `<path d="M130 180 H270" stroke="${p.dark}" stroke-opacity="0.35" stroke-width="2" stroke-dasharray="4 4"/>` +
    brandText(brand, 200, 248, 120, p.ink, 14),

  roll: (p, brand) =>
    `<rect x="96" y="188" width="200" height="112" rx="12" fill="${p.main}"/>` +
    `<rect x="96" y="188" width="200" height="112" fill="url(#flat)"/>` +
    `<ellipse cx="296" cy="244" rx="28" ry="56" fill="${p.dark}"/>` +
    `<path d="M296 244 m0 -8 a8 8 0 1 1 -8 8 a16 16 0 0 1 16 -16 a24 24 0 0 1 8 46 a32 34 0 0 1 -30 -22 a38 44 0 0 1 24 -58" stroke="${p.light}" stroke-width="3" fill="none" opacity="0.8"/>` +
    `<rect x="140" y="182" width="16" height="124" rx="4" fill="${p.accent}"/><rect x="226" y="182" width="16" height="124" rx="4" fill="${p.accent}"/>` +
    `<rect x="142" y="238" width="12" height="12" rx="2" fill="${p.metal}"/><rect x="228" y="238" width="12" height="12" rx="2" fill="${p.metal}"/>` +
    caption(brand, p),
};

/** The full SVG document for a product image. */
export function renderProductArt(product: ProductArtInput): string {
  const kind = artKindFor(product.name, product.categorySlug);
  const p = paletteFor(product.slug, product.categorySlug);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 400" width="400" height="400" role="img" aria-label="${escapeXml(product.name)}">` +
    `<title>${escapeXml(product.name)}</title>` +
    DEFS +
    `<rect width="400" height="400" fill="${p.bg}"/>` +
    `<circle cx="200" cy="214" r="150" fill="${p.halo}"/>` +
    `<ellipse cx="200" cy="324" rx="118" ry="11" fill="#000" opacity="0.09"/>` +
    DRAW[kind](p, product.brand, product.name, product.categorySlug) +
    `</svg>`
  );
}
