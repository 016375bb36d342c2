import { expect, test } from "vitest";
import { lessonSchema } from "../../src/schemas/lesson.ts";

const valid = {
  title: "A lesson",
  description: "A description that is long enough to be useful.",
  order: 1,
  summary: "You will learn something useful.",
  takeaways: ["First thing to remember", "Second thing to remember"],
};

test("a complete lesson frontmatter parses, with draft defaulting to false", () => {
  expect(lessonSchema.parse(valid)).toEqual({ ...valid, draft: false });
});

test.each([
  ["no title", { ...valid, title: undefined }],
  ["one takeaway", { ...valid, takeaways: ["Only one takeaway here"] }],
  ["order zero", { ...valid, order: 0 }],
  ["unknown worksheet", { ...valid, worksheet: "spreadsheet" }],
])("frontmatter with %s is rejected", (_, data) => {
  expect(lessonSchema.safeParse(data).success).toBe(false);
});
