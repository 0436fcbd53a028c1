import type * as v from "valibot";

const MAX_LISTED = 5;

/** `users[2].email` for an issue at that place; `(the body)` for the root. */
function placeOf(issue: v.BaseIssue<unknown>): string {
  let place = "";
  for (const item of issue.path ?? []) {
    const key = item.key;
    if (typeof key === "number") place += `[${key}]`;
    else place += place === "" ? String(key) : `.${String(key)}`;
  }
  return place || "(the body)";
}

/**
 * Says, for the developer who wrote the backend, where a response differs from the contract and how:
 * `users[2].email: expected string, got 42`, `users[2].createdAt is missing`. Lists the first few.
 */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const listed = issues.slice(0, MAX_LISTED).map((issue) => {
    // A missing key's issue names the key as "expected": say "missing" instead.
    if (issue.received === "undefined") return `${placeOf(issue)} is missing`;
    return `${placeOf(issue)}: expected ${issue.expected ?? issue.message}, got ${issue.received}`;
  });
  const more = issues.length > MAX_LISTED ? `; and ${issues.length - MAX_LISTED} more` : "";
  return `${listed.join("; ")}${more}`;
}
