import { expect, test } from "vitest";
import { csvField } from "../src/output.ts";

test("CSV fields are quoted as RFC 4180 says, and only when they must be", () => {
  expect(csvField("plain")).toBe("plain");
  expect(csvField(null)).toBe("");
  expect(csvField(0)).toBe("0");
  expect(csvField("a,b")).toBe('"a,b"');
  expect(csvField('say "hi"')).toBe('"say ""hi"""');
  expect(csvField("two\nlines")).toBe('"two\nlines"');
  expect(csvField("cr\rhere")).toBe('"cr\rhere"');
  expect(csvField(" padded")).toBe('" padded"');
  expect(csvField({ a: [1, "x"] })).toBe('"{""a"":[1,""x""]}"');
});
