import { expect, test } from "vitest";
import { printable, width } from "../src/format.ts";
import { csvField } from "../src/output.ts";
import { parseMoment } from "../src/time-filter.ts";

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

test("with --csv-safe, text cells a spreadsheet would run as a formula start with an apostrophe; numbers stay numbers", () => {
  for (const text of ['=HYPERLINK("x")', "+1", "-1+2", "@SUM(A1)", "\tx"]) expect(csvField(text, true).replace(/^"/, "")).toMatch(/^'/);
  expect(csvField(-5, true)).toBe("-5");
  expect(csvField("plain", true)).toBe("plain");
  expect(csvField("=1+1")).toBe("=1+1");
});

test("server text is escaped for the terminal: control characters and bidi overrides show instead of acting", () => {
  expect(printable("a\u001b]0;pwned\u0007b")).toBe("a\\x1b]0;pwned\\x07b");
  expect(printable("two\nlines\r\tend")).toBe("two\\nlines\\r\\tend");
  expect(printable("evil\u202Etxt.exe")).toBe("evil\\u202etxt.exe");
  expect(printable("naïve 日本 ✓")).toBe("naïve 日本 ✓");
});

test("display width: CJK and emoji take two columns, combining marks none, colour escapes none", () => {
  expect(width("abc")).toBe(3);
  expect(width("日本語")).toBe(6);
  expect(width("e\u0301")).toBe(1);
  expect(width("🚀x")).toBe(3);
  expect(width("\u001b[32mok\u001b[39m")).toBe(2);
});

test("--since/--until: zone-less times are UTC like the table, impossible dates are refused", () => {
  expect(parseMoment("2026-01-15", "--since")).toBe(Date.UTC(2026, 0, 15));
  expect(parseMoment("2026-01-15T10:00", "--since")).toBe(Date.UTC(2026, 0, 15, 10));
  expect(parseMoment("2026-01-15 10:00:30", "--since")).toBe(Date.UTC(2026, 0, 15, 10, 0, 30));
  expect(parseMoment("2026-01-15T10:00+02:00", "--since")).toBe(Date.UTC(2026, 0, 15, 8));
  expect(parseMoment("7d", "--since", Date.UTC(2026, 0, 15))).toBe(Date.UTC(2026, 0, 8));
  expect(() => parseMoment("2026-02-30", "--since")).toThrow(/2026-02-30 is not a date that exists/);
  expect(() => parseMoment("2026-01-15T24:30", "--until")).toThrow(/not a date that exists/);
  expect(() => parseMoment("yesterday", "--since")).toThrow(/ISO date/);
});
