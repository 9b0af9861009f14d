// Placeholder: replaced by the screen's implementation.
export function UnitsPage() {
  return <p>UnitsPage</p>;
}
