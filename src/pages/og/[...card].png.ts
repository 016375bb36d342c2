// One social card PNG per page, written at build time to /og/<route>.png.
import type { APIRoute, GetStaticPaths } from "astro";
import { allCards } from "../../lib/social-cards/card-list.ts";
import type { CardSpec } from "../../lib/social-cards/card-keys.ts";
import { renderCard } from "../../lib/social-cards/render-card.ts";

export const getStaticPaths = (async () => {
  const cards = await allCards();
  return cards.map((card) => ({ params: { card: card.key }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: CardSpec }> = async ({ props }) => {
  const png = await renderCard(props.card);
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { "Content-Type": "image/png" } });
};
