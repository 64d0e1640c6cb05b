import type { Problem } from "../api/client";

/** A problem answer shown as the API gave it: status, title, detail and the per-field errors. */
export function ProblemNote({ problem }: { problem: Problem | null }) {
  if (!problem) return null;
  return (
    <div class="problem" role="alert">
      <strong>{problem.status ? `${problem.status} ` : ""}{problem.title}</strong>
      {problem.detail && <div>{problem.detail}</div>}
      {problem.errors && (
        <ul>
          {Object.entries(problem.errors).map(([field, messages]) => <li key={field}>{field}: {messages.join(" ")}</li>)}
        </ul>
      )}
    </div>
  );
}
