// The rule lives with the other redirect rule (lib/security/redirect.ts); this is its old address.
export { safeCallbackUrl } from "@/lib/security/redirect";
