// Runs before every unit test file: clears rendered islands and browser storage between tests.
import { cleanup } from "@testing-library/preact";
import { afterEach } from "vitest";

afterEach(() => {
  cleanup();
  localStorage.clear();
});
