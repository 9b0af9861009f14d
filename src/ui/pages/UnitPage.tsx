// Placeholder: replaced by the screen's implementation.
export function UnitPage({ id }: { id: string }) {
  return <p>UnitPage {id}</p>;
}
