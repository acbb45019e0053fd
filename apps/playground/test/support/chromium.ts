// Launches Debian's Chromium through playwright-core (no downloaded browser).
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** Where the root bootstrap (`npm test`) installs Chromium with apt. */
export const chromiumPath = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

/** Starts headless Chromium; fails with the fix when it is not installed. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `${chromiumPath} is missing: run \`npm test\` at the root (it installs Debian's chromium) or \`apt-get install -y chromium\`.`,
    );
  }
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
}
