// My plan: a part whose worksheet has nothing saved yet, with the words to get started.
export function StartHerePart(props: {
  id: string;
  title: string;
  text: string;
  action: string;
  href: string;
}) {
  return (
    <section class="plan-part" aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      <p>{props.text}</p>
      <p>
        <a class="button primary" href={props.href}>
          {props.action}
        </a>
      </p>
    </section>
  );
}
