import type { ValueView } from './format-value';

/** One side of a conflict: the value as text, a list of names, or "(empty)". */
export function ValueBox({ view, emptyText }: { view: ValueView; emptyText: string }) {
  if (view.kind === 'empty') return <p class="conflict__value conflict__value--empty">{emptyText}</p>;
  if (view.kind === 'list') {
    return (
      <ul class={`conflict__value conflict__list${view.marks ? ' conflict__list--marks' : ''}`}>
        {view.items.map((item, i) => (
          // Items may repeat (two members with the same name): the position keeps them apart.
          <li key={i}>{item}</li>
        ))}
      </ul>
    );
  }
  return <p class={`conflict__value${view.long ? ' conflict__value--long' : ''}`}>{view.text}</p>;
}
