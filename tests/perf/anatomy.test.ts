import { describe, expect, it } from "vitest";
import { awaitingStore, readOf, recordsIn, type StoreCall } from "./anatomy.js";

const call = (start: number, end: number): StoreCall => ({ path: "", queryPlan: false, start, end });

describe("request anatomy", () => {
  it("counts overlapping store calls once and gaps not at all", () => {
    expect(awaitingStore([])).toBe(0);
    expect(awaitingStore([call(0, 10)])).toBe(10);
    expect(awaitingStore([call(0, 10), call(5, 12), call(20, 25)])).toBe(17);
    expect(awaitingStore([call(20, 25), call(0, 30)])).toBe(30);
    // Only what falls within the request's own time counts.
    expect(awaitingStore([call(0, 10), call(40, 60)], { start: 5, end: 50 })).toBe(15);
    expect(awaitingStore([call(60, 70)], { start: 5, end: 50 })).toBe(0);
  });

  it("counts the documents and bytes the store sent: a query page's documents, a point read's one", () => {
    const page = { ...call(0, 1), result: { Documents: [{ id: "a" }, { id: "b" }], _count: 2 } };
    const point = { ...call(1, 2), result: { id: "c", name: "Ö" } };
    expect(readOf([page, point, call(2, 3)])).toEqual({
      docs: 3,
      bytes: Buffer.byteLength(JSON.stringify(page.result)) + Buffer.byteLength(JSON.stringify(point.result)),
    });
  });

  it("counts the records of an answer at any depth", () => {
    expect(recordsIn({ items: [{ id: "a" }, { id: "b", children: [{ id: "c" }] }], total: 3 })).toBe(3);
    expect(recordsIn({ counts: { fulfilled: 2 } })).toBe(0);
  });
});
