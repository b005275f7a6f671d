import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-md flex-col items-center justify-center gap-4 px-6 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-stone-500">403</p>
      <h1 className="text-2xl font-semibold">You don&apos;t have access to this page</h1>
      <p className="text-stone-600">
        This part of Aisle belongs to another store or role. Sign in with the right account, or head back to the shop.
      </p>
      <div className="flex gap-3">
        <Link className="rounded-lg border px-4 py-2 font-medium" href="/sign-in">
          Switch account
        </Link>
        <Link className="rounded-lg bg-stone-900 px-4 py-2 font-medium text-white" href="/">
          Go to the shop
        </Link>
      </div>
    </main>
  );
}
