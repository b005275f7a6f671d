import { connection } from "next/server";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LabelSheet, labelSheetCss } from "@/components/in-store/label-sheet";
import { PrintButton } from "@/components/in-store/print-button";
import { Button } from "@/components/ui/button";
import { Label, Select, Textarea } from "@/components/ui/field";
import { requireStaff } from "@/lib/auth/session";
import { getSiteOrigin } from "@/lib/catalog/site-url";
import { getDb } from "@/lib/db";
import { getLabelOptions, listShelfLabels } from "@/lib/labels/queries";
import { labelRequestSchema, MAX_LABELS } from "@/lib/labels/schemas";
import { Suspense } from "react";
import { DashboardPageSkeleton } from "@/components/dashboard/dashboard-shell-skeleton";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staff.metadata"))("labels") };
}

type Props = { params: Promise<{ store: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** "Print labels": pick an aisle, a category or SKUs and get a print-ready sheet (A4 or Letter). */
export default function LabelsPage(props: Props) {
  return (
    <Suspense fallback={<DashboardPageSkeleton />}>
      <LabelsPageContent {...props} />
    </Suspense>
  );
}

async function LabelsPageContent({ params, searchParams }: Props) {
  await connection(); // per request: the session and the clock are read below
  const { store } = await requireStaff((await params).store, "labels:print");
  const t = await getTranslations("staff.labels");
  const query = await searchParams;
  const submitted = first(query.by) !== undefined;
  const parsed = labelRequestSchema.safeParse({
    by: first(query.by),
    aisle: first(query.aisle) || undefined,
    category: first(query.category) || undefined,
    skus: first(query.skus) || undefined,
    paper: first(query.paper) || undefined,
  });
  const request = parsed.success ? parsed.data : labelRequestSchema.parse({});
  const db = await getDb();
  const [options, origin] = await Promise.all([getLabelOptions(db, { storeId: store.id }), getSiteOrigin()]);
  const result = submitted && parsed.success ? await listShelfLabels(db, { storeId: store.id, request }) : null;
  const emptyChoice =
    submitted &&
    parsed.success &&
    ((request.by === "aisle" && !request.aisle) ||
      (request.by === "category" && !request.category) ||
      (request.by === "skus" && request.codes.length === 0));

  return (
    <div className="space-y-6">
      <style>{labelSheetCss(request.paper)}</style>
      <div className="no-print">
        <h1 className="text-2xl font-extrabold text-ink">{t("title")}</h1>
        <p className="mt-1 text-ink-muted">{t("description", { store: store.name })}</p>
      </div>

      <form method="get" className="no-print grid gap-4 rounded-xl border border-line bg-surface p-4 shadow-card sm:grid-cols-2 lg:grid-cols-4">
        <fieldset className="space-y-2 sm:col-span-2 lg:col-span-4">
          <legend className="text-sm font-semibold text-ink">{t("labelsFor")}</legend>
          <div className="flex flex-wrap gap-2">
            {(["aisle", "category", "skus"] as const).map((value) => (
              <label
                key={value}
                className="inline-flex h-10 cursor-pointer items-center gap-2 rounded-full border border-line-strong px-4 text-sm font-semibold has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:checked]:text-brand-800"
              >
                <input type="radio" name="by" value={value} defaultChecked={request.by === value} className="accent-brand-700" />
                {t(`by.${value}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="space-y-1.5">
          <Label htmlFor="labels-aisle">{t("aisle")}</Label>
          <Select id="labels-aisle" name="aisle" defaultValue={request.aisle ?? ""}>
            <option value="">{t("chooseAisle")}</option>
            {options.aisles.map((aisle) => (
              <option key={aisle} value={aisle}>
                {t("aisleOption", { aisle })}
              </option>
            ))}
          </Select>
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="labels-category">{t("category")}</Label>
          <Select id="labels-category" name="category" defaultValue={request.category ?? ""}>
            <option value="">{t("chooseCategory")}</option>
            {options.categories.map((category) => (
              <option key={category.slug} value={category.slug}>
                {category.name}
              </option>
            ))}
          </Select>
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="labels-skus">{t("skus")}</Label>
          <Textarea id="labels-skus" name="skus" rows={2} defaultValue={first(query.skus) ?? ""} placeholder={t("skusPlaceholder")} />
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="labels-paper">{t("paper")}</Label>
          <Select id="labels-paper" name="paper" defaultValue={request.paper}>
            <option value="letter">{t("papers.letter")}</option>
            <option value="a4">{t("papers.a4")}</option>
          </Select>
        </div>
        <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-4">
          <Button type="submit">{t("print")}</Button>
          {result && result.labels.length > 0 ? <PrintButton /> : null}
          {!parsed.success ? <p className="text-sm font-semibold text-danger-fg">{parsed.error.issues[0]?.message ?? t("checkForm")}</p> : null}
          {emptyChoice ? <p className="text-sm font-semibold text-danger-fg">{t(`chooseFirst.${request.by}`)}</p> : null}
        </div>
      </form>

      {result ? (
        <div className="space-y-3">
          <p className="no-print text-sm text-ink-muted" role="status">
            {t("summary", { labels: result.labels.length, pages: Math.ceil(result.labels.length / 10), paper: t(`papers.${request.paper}`) })}
            {result.truncated ? t("truncated", { max: MAX_LABELS }) : null}
            {result.unknownCodes.length ? t("unknown", { codes: result.unknownCodes.join(", ") }) : null}
          </p>
          {result.labels.length > 0 ? (
            <div className="label-sheet-frame overflow-x-auto rounded-xl border border-line bg-sand p-4">
              <LabelSheet labels={result.labels} storeCode={store.code} origin={origin} />
            </div>
          ) : emptyChoice ? null : (
            <p className="no-print rounded-lg bg-warning-bg px-3 py-2 text-sm font-semibold text-warning-fg">{t("noMatch")}</p>
          )}
        </div>
      ) : null}
    </div>
  );
}
