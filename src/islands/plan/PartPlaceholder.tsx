// What a part of My plan shows while the code that draws its saved work is loading: its heading
// and a neutral line.
export function PartPlaceholder({ id, title }: { id: string; title: string }) {
  return (
    <section class="plan-part" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p class="plan-loading">Reading what this browser has saved…</p>
    </section>
  );
}
