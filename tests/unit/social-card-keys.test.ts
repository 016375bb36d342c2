// Choosing a page's social card from its route.
import { describe, expect, test } from "vitest";
import { cardImagePath, cardKeyForRoute } from "../../src/lib/social-cards/card-keys.ts";

const known = new Set([
  "home",
  "lessons",
  "lessons/what-you-keep",
  "quiz",
  "quiz/result/getting-ready",
]);

describe("cardKeyForRoute", () => {
  test.each([
    ["", "home"],
    ["/", "home"],
    ["lessons/", "lessons"],
    ["lessons/what-you-keep/", "lessons/what-you-keep"],
    ["/quiz/result/getting-ready/", "quiz/result/getting-ready"],
    ["quiz/", "quiz"],
    ["404.html", "home"],
    ["lessons/not-written-yet/", "lessons"],
    ["quiz/result/getting-ready/print/", "quiz/result/getting-ready"],
    ["privacy/", "home"],
  ])("route %j uses the %s card", (route, key) => {
    expect(cardKeyForRoute(route, known)).toBe(key);
  });

  test("card images live under og/", () => {
    expect(cardImagePath("lessons/what-you-keep")).toBe("og/lessons/what-you-keep.png");
  });
});
