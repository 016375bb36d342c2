// Makes sure Debian's Chromium is installed before the browser tests, installing it when we can.
import { existsSync } from "node:fs";
import { execFileSync } from "node:child_process";

const paths = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
const found = paths.find((path) => path && existsSync(path));

if (found) {
  console.log(`Chromium: ${found}`);
} else if (process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
  // Debian's package, never a downloaded browser build: the registries we reach are npm and Debian.
  console.log("Chromium is missing; installing Debian's chromium package with apt-get…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "chromium", "fonts-dejavu-core"], {
    stdio: "inherit",
    env,
  });
  if (!existsSync("/usr/bin/chromium")) {
    console.error("apt-get finished but /usr/bin/chromium is still missing.");
    process.exit(1);
  }
} else {
  console.error(
    "Chromium is needed for the browser tests and is not installed.\n" +
      "Install Debian's package as root:  apt-get update && apt-get install -y chromium\n" +
      "or point CHROMIUM_PATH at an existing Chromium binary.",
  );
  process.exit(1);
}
