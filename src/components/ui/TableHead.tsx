import { visuallyHidden } from "./visuallyHidden";

/**
 * The header row of a list table: a column per label, then the row menus' column, named for
 * screen readers only. One header for the lists that sort nothing (invitations, external users).
 */
export function TableHead({ labels, actions }: { labels: readonly string[]; actions: string }) {
  return (
    <thead>
      <tr>
        {labels.map((label) => (
          <th key={label} scope="col">
            {label}
          </th>
        ))}
        <th scope="col" data-column="actions">
          <span style={visuallyHidden}>{actions}</span>
        </th>
      </tr>
    </thead>
  );
}
