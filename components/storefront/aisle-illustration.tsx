/**
 * A supermarket aisle in one-point perspective — shelves of goods running to a paprika
 * vanishing point, echoing the logo. Decorative; generated, so it stays crisp and tiny.
 */
const VP = { x: 300, y: 150 };
const GOODS = ["#e0622e", "#f2c14e", "#fbf3e4", "#80bf97", "#d7ebdd", "#c24a1b", "#f6dcb0", "#4fa271"];

function wallShelves(side: -1 | 1) {
  const edgeX = side === -1 ? 0 : 600;
  const levels = [40, 125, 210, 295, 380];
  const items: React.ReactNode[] = [];
  levels.forEach((edgeY, level) => {
    // One shelf board from the wall's front edge to the vanishing point's column.
    const stop = 0.78;
    const at = (t: number, y: number) => ({ x: edgeX + (VP.x - edgeX) * t, y: y + (VP.y - y) * t });
    const a = at(0, edgeY);
    const b = at(stop, edgeY);
    items.push(
      <path key={`shelf-${side}-${level}`} d={`M${a.x} ${a.y} L${b.x} ${b.y}`} stroke="#0d3823" strokeWidth={6 - level * 0.6} strokeLinecap="round" />,
    );
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
      items.push(
        <rect
          key={`item-${side}-${level}-${n}`}
          x={x}
          y={base.y - height - 3 * scale}
          width={Math.abs(next.x - base.x)}
          height={height}
          rx={3 * scale}
          fill={GOODS[(n * 3 + level * 5 + (side === 1 ? 2 : 0)) % GOODS.length]}
        />,
      );
      t += (width / Math.abs(VP.x - edgeX)) * 1.05;
      n++;
    }
  });
  return items;
}

export function AisleIllustration({ className }: { className?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 600 400" preserveAspectRatio="xMidYMid slice" className={className}>
      <rect width="600" height="400" fill="#17603c" />
      {/* floor */}
      <path d={`M0 400 L${VP.x} ${VP.y} L600 400 Z`} fill="#124c30" />
      <path d={`M${VP.x} ${VP.y} L${VP.x - 60} 400 M${VP.x} ${VP.y} L${VP.x + 60} 400`} stroke="#1f7247" strokeWidth="2" />
      {/* ceiling lights */}
      {[0.2, 0.45, 0.65].map((t) => (
        <rect
          key={t}
          x={VP.x - 90 * (1 - t)}
          y={VP.y * t - 6}
          width={180 * (1 - t)}
          height={7 * (1 - t) + 2}
          rx="3"
          fill="#fbf3e4"
          opacity={0.5 + 0.4 * (1 - t)}
        />
      ))}
      {wallShelves(-1)}
      {wallShelves(1)}
      <circle cx={VP.x} cy={VP.y} r="9" fill="#e0622e" />
    </svg>
  );
}
