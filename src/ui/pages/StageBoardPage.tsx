// Placeholder: replaced by the screen's implementation.
export function StageBoardPage({ id }: { id: string }) {
  return <p>StageBoardPage {id}</p>;
}
