// Plain-words notices about saved data, rendered at the top of every worksheet: damaged text
// that could not be read (download it, discard it when you decide) and storage that will not
// keep changes (download a backup), and saved work that could not be opened because part of the
// page did not load. Shows nothing when all is well.
import { useEffect, useState } from "preact/hooks";
import { useStore } from "@nanostores/preact";
import { useHydrated } from "./use-hydrated.ts";
import { $storageHealth } from "../stores/storage-engine.ts";
import { $dataProblems, $unopenedDocuments } from "../stores/persisted-document.ts";
import "./data-notice.css";

type Body = typeof import("./DataNoticeBody.tsx");

export default function DataNotice() {
  const hydrated = useHydrated();
  const problems = Object.values(useStore($dataProblems));
  const health = useStore($storageHealth);
  const unopened = Object.entries(useStore($unopenedDocuments));
  const needed = hydrated && (health !== "ok" || problems.length > 0);
  const [body, setBody] = useState<Body | null>(null);
  useEffect(() => {
    if (needed && !body) void import("./DataNoticeBody.tsx").then(setBody);
  }, [needed, body]);
  // The empty live region is what the server renders; notices appear in it after hydration.
  return (
    <div class="data-notices" aria-live="polite">
      {needed && body && health !== "ok" && <body.HealthNotice health={health} />}
      {needed &&
        body &&
        problems.map((problem) => <body.ProblemNotice key={problem.name} problem={problem} />)}
      {hydrated &&
        unopened.map(([name, label]) => (
          // Said here, not in the notice body: the network that failed to bring the schema would
          // likely fail to bring the body too.
          <div class="data-notice" key={name} data-unopened={name}>
            <p>
              <strong>
                Your saved {label} could not be opened, because part of this page did not load.
              </strong>
            </p>
            <p>
              It is still saved in this browser, untouched. Changes you make here now will not be
              kept. Check your connection, then reload the page.
            </p>
          </div>
        ))}
    </div>
  );
}
