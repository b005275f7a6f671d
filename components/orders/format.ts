export const CHANNEL_LABELS = { web: "Online", scan_and_go: "Scan & Go", kiosk: "Kiosk" } as const;

export function fulfilmentLabel(fulfilment: "delivery" | "pickup" | "curbside" | null) {
  if (fulfilment === "delivery") return "Delivery";
  if (fulfilment === "pickup") return "Pickup";
  if (fulfilment === "curbside") return "Curbside";
  return "In store";
}

export function cardLabel(brand: string | null, last4: string | null) {
  const names: Record<string, string> = { visa: "Visa", mastercard: "Mastercard", amex: "American Express", discover: "Discover" };
  const name = brand ? (names[brand] ?? "Card") : "Card";
  return last4 ? `${name} •••• ${last4}` : name;
}
