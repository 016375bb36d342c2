// Serves the built dist/ with `astro preview` on a loopback port, for the browser tests and the
// benchmarks, and finds free ports so parallel runs never collide.
import { spawn } from "node:child_process";
import { createServer } from "node:net";

/** Asks the system for a free loopback port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** Polls `url` until it answers, or throws after `timeoutMs`. */
export async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The preview server did not answer at ${url} within ${timeoutMs} ms.`);
}

export interface PreviewServer {
  /** e.g. http://127.0.0.1:41234 (the site itself is under the base path). */
  origin: string;
  stop: () => void;
}

/**
 * Starts `astro preview` in its own process, serving dist/ exactly as it was built under `base`,
 * and resolves once it answers. Only one preview can run per project folder at a time.
 */
export async function startPreview(base: string, port?: number): Promise<PreviewServer> {
  const chosen = port ?? (await freePort());
  const server = spawn(
    process.execPath,
    [
      "node_modules/astro/bin/astro.mjs",
      "preview",
      "--host",
      "127.0.0.1",
      "--port",
      String(chosen),
    ],
    { env: { ...process.env, BASE_PATH: base }, stdio: ["ignore", "ignore", "inherit"] },
  );
  const origin = `http://127.0.0.1:${chosen}`;
  try {
    await waitForServer(`${origin}${base}`, 60_000);
  } catch (error) {
    server.kill();
    throw error;
  }
  return { origin, stop: () => server.kill() };
}
