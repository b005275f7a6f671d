/**
 * Checks that a request meant for a server action can be decoded before Next.js tries: Next
 * answers an undecodable body (broken JSON, a reference to a part that isn't there, an unknown
 * form action) with a bare 500 before any app code runs. The proxy turns these into a 400.
 *
 * The shapes follow React's reply encoding (react-server-dom `encodeReply` / `decodeReply`):
 * a JSON model whose strings starting with "$" are either escaped literals or references to
 * other parts of a multipart body (ids in hex, part names in decimal). This is a structural
 * check only; the action still validates its arguments (zod) itself.
 */

// "$$…" escapes a dollar; these are literal values; "$D" a date, "$n" a bigint, "$K" a FormData
// (missing → empty), "$S" a registered symbol.
const LITERALS = new Set(["$undefined", "$NaN", "$Infinity", "$-Infinity", "$-0"]);
// References whose target part must exist and hold a JSON model (or a blob for "$B"): a plain
// outlined object, "$@" a promise, "$Q" a Map (array of pairs), "$W" a Set and "$i" an
// iterator (arrays). Streams ("$R", "$r", "$X", "$x") are refused: no action takes one.
const PART_REFERENCE = /^\$([Q@WiB]?)([0-9a-f]+)(?::[^:]+)*$/;
const MAX_DEPTH = 64;

type Parts = { get(name: string): FormDataEntryValue | null; keys(): Iterable<string> } | null;

/** `null` when the body decodes; otherwise why not. */
export function actionBodyProblem(model: string, parts: Parts): string | null {
  const seen = new Set<string>();
  // React decodes the parts as they stream in: a part may only refer to parts sent before it.
  const position = new Map([...(parts?.keys() ?? [])].map((name, index) => [name, index]));
  const checkModel = (json: string, depth: number, from = "0", kind = ""): string | null => {
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch {
      return "not JSON";
    }
    if ((kind === "W" || kind === "i") && !Array.isArray(value)) return "not a list";
    if (kind === "Q" && !(Array.isArray(value) && value.every((entry) => Array.isArray(entry) && entry.length === 2))) return "not a map";
    return checkValue(value, depth, from);
  };
  const checkValue = (value: unknown, depth: number, from: string): string | null => {
    if (depth > MAX_DEPTH) return "nested too deeply";
    if (typeof value === "string") return value.startsWith("$") ? checkReference(value, depth, from) : null;
    if (value && typeof value === "object") {
      for (const item of Array.isArray(value) ? value : Object.values(value)) {
        const problem = checkValue(item, depth + 1, from);
        if (problem) return problem;
      }
    }
    return null;
  };
  const checkReference = (text: string, depth: number, from: string): string | null => {
    if (text.startsWith("$$") || LITERALS.has(text) || text.startsWith("$D") || text.startsWith("$S")) return null;
    if (text.startsWith("$n")) return /^\$n-?\d{1,400}$/.test(text) ? null : "bad bigint";
    if (/^\$K[0-9a-f]+$/.test(text)) return null;
    const reference = PART_REFERENCE.exec(text);
    if (!reference || !parts) return `unsupported reference ${text.slice(0, 12)}`;
    const name = String(parseInt(reference[2], 16));
    const part = parts.get(name);
    if (part === null) return `missing part ${name}`;
    if ((position.get(name) ?? 0) >= (position.get(from) ?? Infinity)) return `part ${name} comes after ${from}`;
    if (reference[1] === "B") return typeof part === "string" ? "blob part is text" : null;
    if (typeof part !== "string") return `part ${name} is not a model`;
    if (seen.has(name)) return null;
    seen.add(name);
    return checkModel(part, depth + 1, name, reference[1]);
  };
  return checkModel(model, 0);
}

/**
 * For a fetch-style action call (the `Next-Action` header): the body is a JSON model, or
 * multipart with the model in part "0".
 */
export async function fetchActionProblem(request: Request): Promise<string | null> {
  try {
    if ((request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) {
      const form = await request.formData();
      const root = form.get("0");
      if (typeof root !== "string") return "no root part";
      return actionBodyProblem(root, form);
    }
    return actionBodyProblem(await request.text(), null);
  } catch {
    return "unreadable body";
  }
}

/**
 * For a form posted without JavaScript: the action's id travels in `$ACTION_ID_<id>`, or, for a
 * form with bound state, `$ACTION_REF_<n>` with the id in the JSON of `$ACTION_<n>:0`.
 * `knownIds` (the build's server actions) is checked when available.
 */
export function formActionProblem(form: FormData, knownIds: Set<string> | null): string | null {
  const known = (id: unknown) => typeof id === "string" && /^[0-9a-f]{40,64}$/.test(id) && (!knownIds || knownIds.has(id));
  for (const name of form.keys()) {
    if (name.startsWith("$ACTION_ID_")) return known(name.slice("$ACTION_ID_".length)) ? null : "unknown action";
    if (name.startsWith("$ACTION_REF_")) {
      const meta = form.get(`$ACTION_${name.slice("$ACTION_REF_".length)}:0`);
      if (typeof meta !== "string") return "missing action reference";
      try {
        const parsed = JSON.parse(meta) as { id?: unknown; bound?: unknown };
        if (!known(parsed.id)) return "unknown action";
        return parsed.bound === null || typeof parsed.bound === "string" || parsed.bound === undefined ? null : "bad bound arguments";
      } catch {
        return "bad action reference";
      }
    }
  }
  return null;
}
