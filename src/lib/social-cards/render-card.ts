// Draws a 1200x630 social card as PNG at build time: satori lays out the card as SVG with a
// font from @fontsource (read from node_modules, nothing fetched), and resvg rasterises it.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Resvg } from "@resvg/resvg-js";
import satori from "satori";
import type { CardSpec } from "./card-keys.ts";

export const cardWidth = 1200;
export const cardHeight = 630;

const require = createRequire(import.meta.url);
const fontFile = (weight: 400 | 700) =>
  readFileSync(
    require.resolve(
      `@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-${weight}-normal.woff`,
    ),
  );

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: "normal" }[] | undefined;

function loadFonts() {
  fonts ??= ([400, 700] as const).map((weight) => ({
    name: "Atkinson Hyperlegible",
    data: fontFile(weight),
    weight,
    style: "normal" as const,
  }));
  return fonts;
}

// The light theme's colours from src/styles/theme.css, so cards look like the site.
const colours = {
  bg: "#fbfaf7",
  text: "#1d1f24",
  muted: "#4f5561",
  accent: "#0b6b5d",
  accentSoft: "#e0f1ed",
  border: "#d7d3c8",
};

type Style = Record<string, string | number>;
interface Node {
  type: string;
  props: { style?: Style; children?: (Node | string)[] | Node | string };
}

const el = (type: string, style: Style, children?: Node["props"]["children"]): Node => ({
  type,
  props: children === undefined ? { style } : { style, children },
});

/** Shortens text to `max` characters at a word boundary, so long summaries never overflow. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(" "))}…`;
}

function cardTree(card: CardSpec): Node {
  const titleSize = card.title.length > 48 ? 60 : 72;
  return el(
    "div",
    {
      display: "flex",
      width: cardWidth,
      height: cardHeight,
      background: colours.bg,
      color: colours.text,
      fontFamily: "Atkinson Hyperlegible",
    },
    [
      el("div", { width: 24, height: "100%", background: colours.accent }),
      el(
        "div",
        {
          display: "flex",
          flexDirection: "column",
          justifyContent: "space-between",
          flex: 1,
          padding: "56px 72px 48px 64px",
        },
        [
          el("div", { display: "flex", alignItems: "center", gap: 16 }, [
            el("div", {
              width: 40,
              height: 40,
              borderRadius: 10,
              background: colours.accent,
            }),
            el("div", { fontSize: 40, fontWeight: 700, color: colours.accent }, "Handoff"),
          ]),
          el("div", { display: "flex", flexDirection: "column", gap: 20 }, [
            el("div", { fontSize: 30, color: colours.muted }, card.eyebrow),
            el(
              "div",
              { fontSize: titleSize, fontWeight: 700, lineHeight: 1.1, letterSpacing: -1 },
              clip(card.title, 90),
            ),
            el(
              "div",
              { fontSize: 30, lineHeight: 1.35, color: colours.muted },
              clip(card.subtitle, 150),
            ),
          ]),
          el(
            "div",
            {
              display: "flex",
              justifyContent: "space-between",
              alignItems: "center",
              borderTop: `2px solid ${colours.border}`,
              paddingTop: 20,
              fontSize: 26,
              color: colours.muted,
            },
            [
              el("div", {}, "A free guide to outsourcing well"),
              card.badge
                ? el(
                    "div",
                    {
                      padding: "6px 20px",
                      borderRadius: 999,
                      background: colours.accentSoft,
                      color: colours.accent,
                      fontWeight: 700,
                    },
                    card.badge,
                  )
                : el("div", {}, "No sign-up · nothing tracked"),
            ],
          ),
        ],
      ),
    ],
  );
}

export async function renderCard(card: CardSpec): Promise<Uint8Array> {
  // satori's types expect React elements; the plain { type, props } tree is what it reads.
  const svg = await satori(cardTree(card) as never, {
    width: cardWidth,
    height: cardHeight,
    fonts: loadFonts(),
  });
  return new Resvg(svg, { fitTo: { mode: "width", value: cardWidth } }).render().asPng();
}
