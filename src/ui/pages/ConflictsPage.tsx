// Placeholder: replaced by the screen's implementation.
export function ConflictsPage() {
  return <p>ConflictsPage</p>;
}
