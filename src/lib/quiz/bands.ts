// The four result bands of the readiness quiz and how far a score is from the next one.

export const bandSlugs = [
  "not-ready-yet",
  "getting-ready",
  "ready-to-start-small",
  "ready-to-scale",
] as const;

export type BandSlug = (typeof bandSlugs)[number];

export interface Band {
  /** Used in the result page's address, /quiz/result/<slug>/. */
  slug: BandSlug;
  label: string;
  /** Lowest score in the band, inclusive. */
  min: number;
  /** Highest score in the band, inclusive. */
  max: number;
}

/** Every band, lowest first. Together they cover 0 to 100 with no gaps or overlaps. */
export const bands: readonly Band[] = [
  {
    slug: "not-ready-yet",
    label: "Not ready yet",
    min: 0,
    max: 39,
  },
  {
    slug: "getting-ready",
    label: "Getting ready",
    min: 40,
    max: 64,
  },
  {
    slug: "ready-to-start-small",
    label: "Ready to start small",
    min: 65,
    max: 84,
  },
  {
    slug: "ready-to-scale",
    label: "Ready to scale",
    min: 85,
    max: 100,
  },
];

export function isBandSlug(value: string): value is BandSlug {
  return (bandSlugs as readonly string[]).includes(value);
}

export function bandBySlug(slug: BandSlug): Band {
  const band = bands.find((b) => b.slug === slug);
  if (!band) throw new Error(`Unknown band ${slug}`);
  return band;
}

/** The band a score from 0 to 100 falls in; scores outside that range are clamped. */
export function bandFor(score: number): Band {
  const clamped = Math.min(100, Math.max(0, Math.round(score)));
  return bands.find((band) => clamped >= band.min && clamped <= band.max) ?? bands[0]!;
}

/** The next band up and how many points it is away, or undefined in the top band. */
export function nextBand(score: number): { band: Band; pointsAway: number } | undefined {
  const index = bands.indexOf(bandFor(score));
  const next = bands[index + 1];
  return next ? { band: next, pointsAway: next.min - Math.round(score) } : undefined;
}

/** Two sentences on what each band means, for the result and the band's page. */
export const bandSummaries: Record<BandSlug, string> = {
  "not-ready-yet":
    "Handing work off now would likely cost more than it saves. A little groundwork first (knowing your tasks and writing down how they are done) changes that quickly.",
  "getting-ready":
    "Some of the groundwork is in place, and some is missing. Fill the gaps in your weakest areas before you sign with anyone.",
  "ready-to-start-small":
    "You have most of what a good handoff needs. Start with one small, well-defined task, learn how you and your provider work together, then grow.",
  "ready-to-scale":
    "You plan, brief and manage outsourced work well. You can hand off more, as long as the responsibility and the leader's jobs stay with you.",
};
