export function parseTrustProxy(value: string | undefined): number;
export function normalizeAddress(value: string | undefined): string | null;
export function forwardedHeaders(
  headers: Record<string, string | string[] | undefined>,
  peer: string | undefined,
  hops: number,
): Record<string, string | string[] | undefined>;
export function refusedMethod(method: string | undefined): boolean;
