// Shared by the cart schema, the cart service and the quantity stepper; no zod here, so the
// client bundle doesn't carry the validation library.
export const MAX_LINE_QUANTITY = 99;
