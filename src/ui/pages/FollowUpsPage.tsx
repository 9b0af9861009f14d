// Placeholder: replaced by the screen's implementation.
export function FollowUpsPage() {
  return <p>FollowUpsPage</p>;
}
