/**
 * A supermarket aisle in one-point perspective — shelves of goods running to a paprika
 * vanishing point, echoing the logo. Decorative; generated, so it stays crisp and tiny.
 *
 * The drawing is built once per server process as an SVG string (coordinates rounded to one
 * decimal) and inserted as the SVG's inner markup: the ~100 shapes are plain HTML to the
 * browser, not React elements in the page's RSC payload for hydration to walk. The input is
 * constants only, never user data.
 */
const VP = { x: 300, y: 150 };
const GOODS = ["#e0622e", "#f2c14e", "#fbf3e4", "#80bf97", "#d7ebdd", "#c24a1b", "#f6dcb0", "#4fa271"];
const r = (value: number) => Math.round(value * 10) / 10;

function wallShelves(side: -1 | 1): string {
  const edgeX = side === -1 ? 0 : 600;
  const levels = [40, 125, 210, 295, 380];
  let out = "";
  levels.forEach((edgeY, level) => {
    // One shelf board from the wall's front edge to the vanishing point's column.
    const stop = 0.78;
    const at = (t: number, y: number) => ({ x: edgeX + (VP.x - edgeX) * t, y: y + (VP.y - y) * t });
    const a = at(0, edgeY);
    const b = at(stop, edgeY);
    out += `<path d="M${r(a.x)} ${r(a.y)} L${r(b.x)} ${r(b.y)}" stroke="#0d3823" stroke-width="${r(6 - level * 0.6)}" stroke-linecap="round"/>`;
    if (level === 0) return;
    // Goods standing on this shelf, shrinking with distance.
    let t = 0.02;
    let n = 0;
    while (t < stop - 0.04) {
      const scale = 1 - t;
      const width = 34 * scale;
      const height = (48 + ((n * 37 + level * 11) % 4) * 6) * scale;
      const base = at(t, edgeY);
      const next = at(t + (width / Math.abs(VP.x - edgeX)) * 0.9, edgeY);
      const x = Math.min(base.x, next.x);
      const fill = GOODS[(n * 3 + level * 5 + (side === 1 ? 2 : 0)) % GOODS.length];
      out += `<rect x="${r(x)}" y="${r(base.y - height - 3 * scale)}" width="${r(Math.abs(next.x - base.x))}" height="${r(height)}" rx="${r(3 * scale)}" fill="${fill}"/>`;
      t += (width / Math.abs(VP.x - edgeX)) * 1.05;
      n++;
    }
  });
  return out;
}

let drawing: string | undefined;

function aisleDrawing(): string {
  drawing ??=
    `<rect width="600" height="400" fill="#17603c"/>` +
    // floor
    `<path d="M0 400 L${VP.x} ${VP.y} L600 400 Z" fill="#124c30"/>` +
    `<path d="M${VP.x} ${VP.y} L${VP.x - 60} 400 M${VP.x} ${VP.y} L${VP.x + 60} 400" stroke="#1f7247" stroke-width="2"/>` +
    // ceiling lights
    [0.2, 0.45, 0.65]
      .map(
        (t) =>
          `<rect x="${r(VP.x - 90 * (1 - t))}" y="${r(VP.y * t - 6)}" width="${r(180 * (1 - t))}" height="${r(7 * (1 - t) + 2)}" rx="3" fill="#fbf3e4" opacity="${r(0.5 + 0.4 * (1 - t))}"/>`,
      )
      .join("") +
    wallShelves(-1) +
    wallShelves(1) +
    `<circle cx="${VP.x}" cy="${VP.y}" r="9" fill="#e0622e"/>`;
  return drawing;
}

export function AisleIllustration({ className }: { className?: string }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 600 400"
      preserveAspectRatio="xMidYMid slice"
      className={className}
      dangerouslySetInnerHTML={{ __html: aisleDrawing() }}
    />
  );
}
