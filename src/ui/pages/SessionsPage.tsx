// Placeholder: replaced by the screen's implementation.
export function SessionsPage() {
  return <p>SessionsPage</p>;
}
