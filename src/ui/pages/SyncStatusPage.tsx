// Placeholder: replaced by the screen's implementation.
export function SyncStatusPage() {
  return <p>SyncStatusPage</p>;
}
