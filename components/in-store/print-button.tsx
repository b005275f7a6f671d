"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog for the label sheet below. */
export function PrintButton() {
  const t = useTranslations("labelsClient");
  return (
    <Button variant="secondary" onClick={() => window.print()}>
      {t("print")}
    </Button>
  );
}
