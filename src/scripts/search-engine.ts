// Runs searches with Pagefind's browser API and renders the results inside the search dialog.

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}

interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  debouncedSearch(
    query: string,
    options?: object,
    debounceMs?: number,
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const MAX_RESULTS = 8;

async function loadPagefind(): Promise<Pagefind> {
  const base = import.meta.env.BASE_URL;
  // The bundle is written by the Pagefind CLI after Astro builds, so Vite must not resolve it.
  const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl: base });
  return pagefind;
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement("li");
  const link = document.createElement("a");
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  const excerpt = document.createElement("p");
  // Pagefind escapes page text in excerpts and adds only <mark> around matches.
  excerpt.innerHTML = data.excerpt;
  item.append(link, excerpt);
  return item;
}

export function attachSearch(dialog: HTMLDialogElement): void {
  const input = dialog.querySelector<HTMLInputElement>("[data-search-input]");
  const status = dialog.querySelector<HTMLElement>("[data-search-status]");
  const list = dialog.querySelector<HTMLOListElement>("[data-search-results]");
  if (!input || !status || !list) return;

  const pagefindReady = loadPagefind();

  const run = async () => {
    const query = input.value.trim();
    if (query.length < 2) {
      list.replaceChildren();
      status.textContent = "Type at least two letters to search.";
      return;
    }
    status.textContent = "Searching…";
    try {
      const pagefind = await pagefindReady;
      const search = await pagefind.debouncedSearch(query, {}, 150);
      // A newer keystroke superseded this search; its own run will render.
      if (search === null) return;
      const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
      list.replaceChildren(...data.map(renderResult));
      status.textContent =
        data.length === 0
          ? `No lessons mention “${query}”. Try a shorter or different word.`
          : `${search.results.length} result${search.results.length === 1 ? "" : "s"} for “${query}”.`;
    } catch {
      list.replaceChildren();
      status.textContent =
        "Search could not load. Check your connection and try again, or browse the lessons list.";
    }
  };

  input.addEventListener("input", () => void run());
  if (input.value) void run();
}
