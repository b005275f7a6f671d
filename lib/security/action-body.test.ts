import { describe, expect, it } from "vitest";
import { actionBodyProblem, fetchActionProblem, formActionProblem } from "./action-body";

const ID = "40a72e0cc038a07f1eea5e57c078a7b6c036b2489f";

function form(entries: [string, string | Blob][]) {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe("server action bodies Next.js could not decode", () => {
  it("accepts what React's encodeReply sends for ordinary arguments", () => {
    expect(
      actionBodyProblem(JSON.stringify(["sku-1", 2, null, { note: "$$5 off" }, "$undefined", "$NaN", "$D2026-11-30T00:00:00.000Z", "$n12"]), null),
    ).toBeNull();
    // A FormData argument ("$K1": the entries prefixed "1_"), with outlined parts before the root.
    expect(
      actionBodyProblem(
        '["$K1"]',
        form([
          ["1_skuId", "x"],
          ["0", '["$K1"]'],
        ]),
      ),
    ).toBeNull();
    expect(
      actionBodyProblem(
        '["$Q1","$W2","$@3"]',
        form([
          ["1", '[["a",1]]'],
          ["2", "[1,2]"],
          ["3", '"done"'],
          ["0", '["$Q1","$W2","$@3"]'],
        ]),
      ),
    ).toBeNull();
  });

  it("refuses broken JSON, references to parts that aren't there or come later, and stream or server references", () => {
    for (const model of ["garbage", '["$@ffff","$Q1","$K2"]', '["$Q1"]', '"$T"', '["$h1"]', '["$l"]', '["$R1"]', '["$nabc"]', '["$1"]']) {
      expect(actionBodyProblem(model, null), model).not.toBeNull();
    }
    expect(
      actionBodyProblem(
        '["$Q1"]',
        form([
          ["0", '["$Q1"]'],
          ["1", "[]"],
        ]),
      ),
      "forward reference",
    ).toMatch(/after/);
    expect(
      actionBodyProblem(
        '["$Q1"]',
        form([
          ["1", '{"a":1}'],
          ["0", '["$Q1"]'],
        ]),
      ),
      "a Map that is not pairs",
    ).toBe("not a map");
    expect(
      actionBodyProblem(
        '["$1"]',
        form([
          ["1", '["$1"]'],
          ["0", '["$1"]'],
        ]),
      ),
      "a part referring to itself",
    ).toMatch(/after/);
    expect(
      actionBodyProblem(
        '["$2"]',
        form([
          ["1", "x"],
          ["0", '["$2"]'],
        ]),
      ),
    ).toMatch(/missing/);
    const deep = "[".repeat(100) + "]".repeat(100);
    expect(actionBodyProblem(deep, null)).toBe("nested too deeply");
  });

  it("reads a fetch call's body as text or multipart", async () => {
    const post = (body: BodyInit, type?: string) => new Request("http://x/", { method: "POST", body, headers: type ? { "content-type": type } : {} });
    expect(await fetchActionProblem(post('["ok"]', "text/plain;charset=UTF-8"))).toBeNull();
    expect(await fetchActionProblem(post("{{{", "text/plain"))).toBe("not JSON");
    expect(await fetchActionProblem(post(form([["0", '["ok"]']])))).toBeNull();
    expect(await fetchActionProblem(post(form([["x", "1"]])))).toBe("no root part");
    expect(await fetchActionProblem(post("--q\r\ngarbage", "multipart/form-data; boundary=q"))).toBe("unreadable body");
  });

  it("checks the action a no-JavaScript form names against the build's actions", () => {
    const known = new Set([ID]);
    expect(
      formActionProblem(
        form([
          [`$ACTION_ID_${ID}`, ""],
          ["email", "a@b.c"],
        ]),
        known,
      ),
    ).toBeNull();
    expect(formActionProblem(form([["$ACTION_ID_abc", ""]]), known)).toBe("unknown action");
    expect(formActionProblem(form([[`$ACTION_ID_${"f".repeat(42)}`, ""]]), known)).toBe("unknown action");
    expect(formActionProblem(form([[`$ACTION_ID_${"f".repeat(42)}`, ""]]), null), "without a manifest only the shape is checked").toBeNull();
    expect(
      formActionProblem(
        form([
          ["$ACTION_REF_1", ""],
          ["$ACTION_1:0", JSON.stringify({ id: ID, bound: "$@1" })],
        ]),
        known,
      ),
    ).toBeNull();
    expect(
      formActionProblem(
        form([
          ["$ACTION_REF_1", ""],
          ["$ACTION_1:0", '{"id":"zz","bound":null}'],
        ]),
        known,
      ),
    ).toBe("unknown action");
    expect(formActionProblem(form([["$ACTION_REF_1", ""]]), known)).toBe("missing action reference");
    expect(formActionProblem(form([["q", "plain form, not an action"]]), known)).toBeNull();
  });
});
