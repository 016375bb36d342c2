// Runs before every unit test file: clears rendered islands and browser storage between tests.
import { cleanup } from "@testing-library/preact";
import { STORE_UNMOUNT_DELAY } from "nanostores";
import { afterAll, afterEach } from "vitest";

afterEach(() => {
  cleanup();
  // Saves any edit still waiting now, so no timer writes into the next test's storage.
  window.dispatchEvent(new Event("pagehide"));
  localStorage.clear();
});

afterAll(async () => {
  // A store unmounts a moment after its last listener leaves. Let those timers run while the
  // test DOM still exists; otherwise their window clean-up throws once the environment is gone.
  await new Promise((resolve) => setTimeout(resolve, STORE_UNMOUNT_DELAY + 50));
});
