// The open-handoff column when no handoff is open: how to begin.
export function FirstHandoffInvitation() {
  return (
    <div class="handoff-empty">
      <h2>Plan your first handoff</h2>
      <p>
        Name a task you want to hand off, or pick one from your task matrix with “Plan this
        handoff”. The checklist then walks you through what must be true first, and ends in a brief
        for your provider.
      </p>
    </div>
  );
}
