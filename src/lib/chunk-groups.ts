// Which modules the build puts together in one browser file, so a page fetches a few files
// instead of many small ones.

/**
 * Left to itself the bundler gives every set of modules shared by a different set of islands and
 * lazy parts its own file: the matrix page fetched eighteen, nine of them under 0.7 kB. Each file
 * is compressed on its own, so repeated names and code compress only within it, and each is a
 * request. Modules that are always needed together are grouped here. A group is loaded whole
 * wherever any of its modules is needed, so only modules that are used together belong in one.
 *
 * No module that waits at its top level (the stores, which may load their schema first) belongs
 * in a group: what it waits for imports modules of the group, and the two would wait on each
 * other forever. A unit test checks this.
 */
interface ChunkGroup {
  /** The file's name, before its content hash. */
  name: string;
  /** Whether a module (by its path) belongs to the group. */
  test: (id: string) => boolean;
  /** Higher wins when a module matches two groups; on a tie, the group listed first. */
  priority?: number;
}

/** Matches modules whose path contains any of the given parts (forward slashes). */
function pathContains(...parts: string[]): (id: string) => boolean {
  return (id) => {
    const path = id.replaceAll("\\", "/");
    return parts.some((part) => path.includes(part));
  };
}

/** Narrows a test to the modules whose path contains none of the given parts. */
function withoutPaths(test: (id: string) => boolean, ...parts: string[]): (id: string) => boolean {
  const excluded = pathContains(...parts);
  return (id) => test(id) && !excluded(id);
}

export const chunkGroups: ChunkGroup[] = [
  // Vite's helper for lazy imports: the site shell needs it on every page, without Preact. Without
  // its own group it joins the Preact group (Astro's Preact renderer imports it), and every lesson
  // would then load Preact.
  { name: "preload-helper", test: pathContains("vite/preload-helper"), priority: 1 },
  // What every island needs: Preact, its hooks, Astro's Preact renderer, and the hook that draws
  // a store (with the two small nanostores modules it uses, which import nothing else).
  {
    name: "preact",
    test: pathContains(
      "/node_modules/preact/",
      "/node_modules/@astrojs/preact/",
      "/node_modules/@nanostores/preact/",
      "/node_modules/nanostores/listen-keys/",
      "/node_modules/nanostores/deep-map/path.js",
      "/src/islands/use-hydrated.ts",
    ),
  },
  // What every worksheet that saves needs: nanostores, the storage engine under the stores, and
  // the one-time loader they read saved text with. Nothing here may import Preact: a lesson
  // loads this group, without Preact, to record that it was read.
  {
    name: "storage",
    test: withoutPaths(
      pathContains(
        "/node_modules/nanostores/",
        "/node_modules/@nanostores/persistent/",
        "/src/lib/load-once.ts",
        "/src/stores/persisted-document.ts",
        "/src/stores/storage-engine.ts",
      ),
      // Derived stores only serve the matrix's calculator, which loads later.
      "/node_modules/nanostores/computed/",
    ),
  },
  // What every worksheet island draws around its work: the root that holds its controls until
  // hydration and gives way to saved work, the notices about saved data, and the hooks for parts
  // and buttons whose code loads later (every worksheet uses them).
  {
    name: "worksheet",
    test: pathContains(
      "/src/islands/WorksheetRoot.tsx",
      "/src/islands/first-visit-html.ts",
      "/src/islands/DataNotice.tsx",
      "/src/islands/use-loaded-code.ts",
    ),
  },
  // The words and figures every view of the matrix uses: the worksheet, My plan's summary and the
  // checklist's task lookup.
  {
    name: "matrix-core",
    test: pathContains(
      "/src/lib/matrix/document.ts",
      "/src/lib/matrix/format.ts",
      "/src/lib/matrix/labels.ts",
      "/src/lib/matrix/placement.ts",
      "/src/lib/matrix/task-options.ts",
    ),
  },
  // The worksheet's own form, grid and library, shared with its calculator (which loads after it).
  {
    name: "matrix-worksheet",
    test: pathContains(
      "/src/islands/pure-component.ts",
      "/src/islands/matrix/Field.tsx",
      "/src/islands/matrix/MatrixMap.tsx",
      "/src/islands/matrix/PlacementGrid.tsx",
      "/src/islands/matrix/StarterLibrary.tsx",
      "/src/islands/matrix/TaskEditor.tsx",
      "/src/lib/matrix/library.ts",
      "/src/lib/matrix/validation.ts",
    ),
  },
];
