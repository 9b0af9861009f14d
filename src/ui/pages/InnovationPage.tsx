// Placeholder: replaced by the screen's implementation.
export function InnovationPage({ id }: { id: string }) {
  return <p>InnovationPage {id}</p>;
}
