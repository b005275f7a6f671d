// Limits shared by the review schema and the review form; no zod here, so the client
// bundle that shows the counters doesn't carry the validation library.
export const REVIEW_TITLE_MAX = 120;
export const REVIEW_BODY_MAX = 2000;
