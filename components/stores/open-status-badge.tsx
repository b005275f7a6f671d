import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

export function OpenStatusBadge({ isOpen, className, size }: { isOpen: boolean; className?: string; size?: "sm" | "md" }) {
  const t = useTranslations("storesClient.openStatus");
  return (
    <Badge tone={isOpen ? "success" : "neutral"} dot size={size} className={className}>
      {isOpen ? t("open") : t("closed")}
    </Badge>
  );
}
