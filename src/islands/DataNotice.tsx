// Plain-words notices about saved data, rendered at the top of every worksheet: damaged text
// that could not be read (download it, discard it when you decide) and storage that will not
// keep changes (download a backup), and saved work that could not be opened, or a notice that could
// not be shown, because part of the page did not load. Shows nothing when all is well.
import { useStore } from "@nanostores/preact";
import { loadOnce } from "../lib/load-once.ts";
import { useHydrated } from "./use-hydrated.ts";
import { useLoadedCode } from "./use-loaded-code.ts";
import { $storageHealth } from "../stores/storage-engine.ts";
import { $dataProblems, $unopenedDocuments } from "../stores/persisted-document.ts";
import "./data-notice.css";

/** The notices' words and actions, loaded only when there is something to say. */
const noticeBody = loadOnce(() => import("./DataNoticeBody.tsx"));

export default function DataNotice() {
  const hydrated = useHydrated();
  const problems = Object.values(useStore($dataProblems));
  const health = useStore($storageHealth);
  const unopened = Object.entries(useStore($unopenedDocuments));
  const needed = hydrated && (health !== "ok" || problems.length > 0);
  const { loaded: body, failed } = useLoadedCode(noticeBody, needed);
  // The empty live region is what the server renders; notices appear in it after hydration.
  return (
    <div class="data-notices" aria-live="polite">
      {needed && body && health !== "ok" && <body.HealthNotice health={health} />}
      {needed &&
        body &&
        problems.map((problem) => <body.ProblemNotice key={problem.name} problem={problem} />)}
      {needed &&
        !body &&
        failed &&
        // The person must still hear that something is wrong when the words for it did not load.
        notLoaded(
          "notice",
          "A notice about your saved work could not be shown",
          "Nothing saved has been deleted.",
        )}
      {hydrated &&
        unopened.map(([name, label]) =>
          // Said here, not in the notice body: the network that failed to bring the schema would
          // likely fail to bring the body too.
          notLoaded(
            name,
            `Your saved ${label} could not be opened`,
            "It is still saved in this browser, untouched. Changes you make here now will not be kept.",
          ),
        )}
    </div>
  );
}

/** A notice that part of the page did not load, in words that need nothing more to load. */
function notLoaded(name: string, lead: string, state: string) {
  return (
    <div class="data-notice" key={name} data-not-loaded={name}>
      <p>
        <strong>{lead}, because part of this page did not load.</strong>
      </p>
      <p>{state} Check your connection, then reload the page.</p>
    </div>
  );
}
