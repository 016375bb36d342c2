// Builds and reads the address of a shareable quiz result: /quiz/result/<band>/#<answers>.
import { isBandSlug, type BandSlug } from "./bands.ts";

/** The site-relative path of a band's result page, without the base. */
export function resultPagePath(band: BandSlug): string {
  return `quiz/result/${band}/`;
}

/** The path and fragment of a result link under `base` (which starts and ends with "/"). */
export function resultLinkPath(base: string, band: BandSlug, payload: string): string {
  return `${base}${resultPagePath(band)}#${payload}`;
}

/** The fragment's text without its "#"; an absent fragment gives "". */
export function payloadFromHash(hash: string): string {
  return hash.startsWith("#") ? hash.slice(1) : hash;
}

/** The band a result page's path names, if it names one. */
export function bandFromPath(pathname: string): BandSlug | undefined {
  const match = /\/quiz\/result\/([a-z-]+)\/?$/.exec(pathname);
  return match?.[1] && isBandSlug(match[1]) ? match[1] : undefined;
}
