// Registers the Workbox service worker (dist/sw.js) that keeps the guide readable offline, and
// offers a newer build once it has been downloaded. Loaded by the site shell after the page.

/** Shows the "newer version" notice; pressing it activates the waiting worker and reloads. */
function offerUpdate(waiting: ServiceWorker, onAccept: () => void): void {
  const notice = document.querySelector<HTMLElement>("[data-update-notice]");
  const reload = notice?.querySelector<HTMLButtonElement>("[data-update-reload]");
  if (!notice || !reload) return;
  notice.hidden = false;
  reload.addEventListener(
    "click",
    () => {
      onAccept();
      // Workbox's generated worker activates on this message; the page then reloads once the
      // new worker is in charge, so every file comes from the same build.
      waiting.postMessage({ type: "SKIP_WAITING" });
    },
    { once: true },
  );
}

export async function registerServiceWorker(): Promise<void> {
  const base = import.meta.env.BASE_URL;
  const workers = navigator.serviceWorker;
  let registration: ServiceWorkerRegistration | undefined;
  try {
    registration = await workers.register(`${base}sw.js`, { scope: base });
  } catch {
    // Offline reading is an extra: without it (private windows, blocked storage) the site works.
    return;
  }
  // Browsers under automation that block workers resolve with no registration at all.
  if (!registration) return;
  const current = registration;

  let accepted = false;
  workers.addEventListener("controllerchange", () => {
    // The first install also takes control of the page; only an accepted update reloads it.
    if (accepted) location.reload();
  });
  const accept = () => {
    accepted = true;
  };

  // A newer build's worker may already be waiting, still installing when this page registers,
  // or arrive while the reader is here; only a page that an older worker controls is offered it.
  const watch = (worker: ServiceWorker | null) => {
    if (!worker) return;
    const offerWhenInstalled = () => {
      if (worker.state === "installed" && workers.controller) offerUpdate(worker, accept);
    };
    offerWhenInstalled();
    worker.addEventListener("statechange", offerWhenInstalled);
  };
  watch(registration.waiting);
  watch(registration.installing);
  current.addEventListener("updatefound", () => watch(current.installing));
}
