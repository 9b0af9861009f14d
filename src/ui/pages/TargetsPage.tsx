// Placeholder: replaced by the screen's implementation.
export function TargetsPage() {
  return <p>TargetsPage</p>;
}
