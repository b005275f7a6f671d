// The framework's floor for first-load JS: the smallest App Router page this Next/React build
// can serve (a server-rendered layout and page, no client code of its own). `npm run bench`
// reads its first-load JS from this app's build manifests; it never serves it.
export default function FloorLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
