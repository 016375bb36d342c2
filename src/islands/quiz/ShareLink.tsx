// "Copy link" and "Share" for a result link: the Clipboard API with a select-and-copy fallback,
// and the Web Share API only where the browser has it.
import { useState } from "preact/hooks";

interface Props {
  url: string;
  /** The band's name, used in the text a share sheet shows. */
  bandLabel: string;
}

type Status = "" | "copied" | "manual";

function copyBySelection(input: HTMLInputElement | null): boolean {
  if (!input) return false;
  input.focus();
  input.select();
  try {
    return document.execCommand("copy");
  } catch {
    return false;
  }
}

export function ShareLink({ url, bandLabel }: Props) {
  const [status, setStatus] = useState<Status>("");
  const canShare = typeof navigator !== "undefined" && typeof navigator.share === "function";

  async function copy(event: Event) {
    const input = (event.currentTarget as HTMLElement)
      .closest("[data-quiz-share]")
      ?.querySelector<HTMLInputElement>("input");
    try {
      await navigator.clipboard.writeText(url);
      setStatus("copied");
    } catch {
      setStatus(copyBySelection(input ?? null) ? "copied" : "manual");
    }
  }

  async function share() {
    try {
      await navigator.share({ title: "My readiness quiz result", text: bandLabel, url });
    } catch {
      // The person closed the share sheet, or sharing failed; copying still works.
    }
  }

  return (
    <div class="quiz-share" data-quiz-share>
      <h3>Share this result</h3>
      <p>
        The link holds only your answers, in the part after the “#”, which browsers never send to a
        server. Anyone who opens it sees this result; nothing is stored anywhere.
      </p>
      <label for="quiz-share-url">Result link</label>
      <input id="quiz-share-url" type="text" readOnly value={url} data-quiz-share-url />
      <div class="quiz-actions">
        <button type="button" class="button primary" onClick={copy} data-quiz-copy>
          Copy link
        </button>
        {canShare && (
          <button type="button" class="button" onClick={share} data-quiz-web-share>
            Share…
          </button>
        )}
      </div>
      <p role="status" class="quiz-status">
        {status === "copied" && "Link copied."}
        {status === "manual" &&
          "Your browser would not copy it. Select the link above and copy it."}
      </p>
    </div>
  );
}
