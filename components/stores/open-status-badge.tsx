import { Badge } from "@/components/ui/badge";

export function OpenStatusBadge({ isOpen, className, size }: { isOpen: boolean; className?: string; size?: "sm" | "md" }) {
  return (
    <Badge tone={isOpen ? "success" : "neutral"} dot size={size} className={className}>
      {isOpen ? "Open now" : "Closed"}
    </Badge>
  );
}
