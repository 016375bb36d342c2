// Loads the published lessons from the content collection in learning-path order.
import { getCollection } from "astro:content";
import { orderLessons } from "./lesson-path.ts";

export async function getOrderedLessons() {
  return orderLessons(await getCollection("lessons"));
}
