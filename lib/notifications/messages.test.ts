import { describe, expect, it } from "vitest";
import { curbsideArrivedMessage, orderPlacedMessage, pickupQrAlt, receiptMessage } from "./messages";

const order = { number: "A-1042", contactName: "Maya Rivera" };

describe("notification copy from the emails catalog", () => {
  it("confirms a web order with the shopper's name and the total", () => {
    expect(orderPlacedMessage(order, "$12.50")).toEqual({
      subject: "Order A-1042 confirmed",
      body: "Thanks, Maya Rivera! We've received order A-1042 ($12.50).",
    });
  });

  it("tells the store a curbside shopper arrived, or moved spot", () => {
    expect(curbsideArrivedMessage(order, { parkingSpot: "4", moved: false })).toEqual({
      subject: "Curbside: order A-1042 is here",
      body: "Maya Rivera is waiting in spot 4.",
    });
    expect(curbsideArrivedMessage(order, { parkingSpot: "7", moved: true }).body).toBe("Maya Rivera moved to spot 7.");
  });

  it("sends an in-store receipt", () => {
    expect(receiptMessage(order, "$3.20")).toEqual({
      subject: "Your receipt A-1042",
      body: "Thanks for shopping with us, Maya Rivera. You paid $3.20 (receipt A-1042).",
    });
  });

  it("describes the pickup QR", () => {
    expect(pickupQrAlt("A-1042")).toBe("Pickup QR code for order A-1042");
  });
});
