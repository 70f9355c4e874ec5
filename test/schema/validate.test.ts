/**
 * validateWithoutCompiling must really stop zod compiling validators (it
 * does so with `new Function`). This file runs in its own module graph
 * (vitest isolates test files), so the schema here has compiled nothing yet.
 */
import { describe, expect, it } from "vitest";
import { emptyRecord, validateRecord, validateWithoutCompiling } from "../../src/schema/record.js";

function countingCompiles<T>(fn: () => T): { result: T; compiles: number } {
  const real = globalThis.Function;
  let compiles = 0;
  globalThis.Function = new Proxy(real, {
    construct(target, args: unknown[]) {
      compiles++;
      return Reflect.construct(target, args) as object;
    },
  });
  try {
    return { result: fn(), compiles };
  } finally {
    globalThis.Function = real;
  }
}

describe("validateRecord", () => {
  const record = emptyRecord({ path: "a.txt", format: "text", sha256: "0".repeat(64), bytes: 10 });

  it("after validateWithoutCompiling, validates without compiling anything, and still rejects a bad record", () => {
    validateWithoutCompiling();
    const { result, compiles } = countingCompiles(() => validateRecord(record));
    expect(result.success).toBe(true);
    expect(compiles).toBe(0);
    const bad = countingCompiles(() => validateRecord({ ...record, title: " padded " }));
    expect(bad.result.success).toBe(false);
    expect(bad.compiles).toBe(0);
  });
});
