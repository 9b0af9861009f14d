// Placeholder: replaced by the screen's implementation.
export function SessionPage({ id }: { id: string }) {
  return <p>SessionPage {id}</p>;
}
