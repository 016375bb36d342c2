// What a part of My plan shows before it has read this browser's storage: its heading and a
// neutral line, so the server HTML and the first client render agree.
export function PartPlaceholder({ id, title }: { id: string; title: string }) {
  return (
    <section class="plan-part" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p class="plan-loading">Reading what this browser has saved…</p>
    </section>
  );
}
