export default function FloorPage() {
  return <p>A bare App Router page.</p>;
}
