/** The realtime channel a kiosk screen listens on (client-safe: no server imports). */
export const kioskChannel = (storeId: string, kioskCode: string) => `kiosk:${storeId}:${kioskCode}`;

export const KIOSK_CODE = /^[a-z0-9-]{1,32}$/;
