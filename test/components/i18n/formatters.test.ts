import { describe, expect, it } from "vitest";
import { createFormatters, formattersOf } from "../../../src/components/i18n/formatters";

describe("formatters", () => {
  it("R4: relative times in the largest unit that fits, exact times, numbers and lists in the locale", () => {
    const now = new Date("2026-01-15T09:00:00.000Z");
    const en = createFormatters("en");
    expect(en.relativeTime("2026-01-12T09:00:00.000Z", now)).toBe("3 days ago");
    expect(en.relativeTime("2026-01-15T11:00:00.000Z", now)).toBe("in 2 hours");
    expect(en.relativeTime(now, now)).toBe("now");
    expect(en.number(100_000)).toBe("100,000");
    expect(en.list(["a", "b", "c"])).toBe("a, b, and c");
    expect(en.dateTime("2026-01-15T09:00:00.000Z")).toMatch(/Jan 15, 2026/);

    const fr = createFormatters("fr");
    expect(fr.relativeTime("2026-01-14T09:00:00.000Z", now)).toBe("hier");
    expect(fr.number(100_000)).toBe("100\u202f000");
    expect(fr.list(["a", "b"])).toBe("a et b");
  });

  it("shares one set of formatters per locale across providers", () => {
    expect(formattersOf("de")).toBe(formattersOf("de"));
    expect(formattersOf("de")).not.toBe(formattersOf("fr"));
    expect(formattersOf("de").number(1234.5)).toBe("1.234,5");
  });

  it("an unknown locale fails clearly when first used, like Intl", () => {
    const formatters = createFormatters("not a locale");
    expect(() => formatters.number(1)).toThrow(RangeError);
  });
});
