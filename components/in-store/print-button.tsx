"use client";

import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog for the label sheet below. */
export function PrintButton() {
  return (
    <Button variant="secondary" onClick={() => window.print()}>
      Print this sheet
    </Button>
  );
}
