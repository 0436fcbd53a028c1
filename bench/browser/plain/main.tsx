/**
 * `npm run bench:browser`, the fallback baseline when react-admin cannot be installed or built: a
 * plain React table over the same generated users (useState, filter, sort, slice), 25 rows a page,
 * sorted by name, with the search applied 250 ms after typing pauses, as our table does.
 */
import { useEffect, useMemo, useState } from "react";
import { createRoot } from "react-dom/client";
import { markDataReady } from "../shared/dataset";
import { benchUserRecords, type UserRecord } from "../shared/records";

const records = benchUserRecords();
markDataReady();

const PAGE_SIZE = 25;
const COLUMNS = ["name", "email", "lastLoginAt", "role", "status"] as const;
type Column = (typeof COLUMNS)[number];
const LABELS: Record<Column, string> = {
  name: "Name",
  email: "Email",
  lastLoginAt: "Last login",
  role: "Role",
  status: "Status",
};

function UserList({ users }: { users: readonly UserRecord[] }) {
  const [typed, setTyped] = useState("");
  const [search, setSearch] = useState("");
  const [sort, setSort] = useState<Column>("name");
  const [page, setPage] = useState(1);
  useEffect(() => {
    const timer = setTimeout(() => {
      setSearch(typed.trim().toLowerCase());
      setPage(1);
    }, 250);
    return () => clearTimeout(timer);
  }, [typed]);
  const matches = useMemo(
    () =>
      search
        ? users.filter((user) => user.name.toLowerCase().includes(search) || user.email.toLowerCase().includes(search))
        : users,
    [users, search],
  );
  const sorted = useMemo(
    () =>
      [...matches].sort((a, b) => {
        const [x, y] = [a[sort] ?? "", b[sort] ?? ""];
        return x < y ? -1 : x > y ? 1 : 0;
      }),
    [matches, sort],
  );
  const shown = sorted.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  return (
    <main>
      <input type="search" aria-label="Search users" value={typed} onChange={(event) => setTyped(event.target.value)} />
      <table aria-label="Users">
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th key={column} scope="col" data-column={column}>
                <button
                  type="button"
                  onClick={() => {
                    setSort(column);
                    setPage(1);
                  }}
                >
                  {LABELS[column]}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((user) => (
            <tr key={user.id}>
              <th scope="row">{user.name}</th>
              <td>{user.email}</td>
              <td>{user.lastLoginAt ? new Date(user.lastLoginAt).toLocaleDateString("en") : "Never"}</td>
              <td>{user.role}</td>
              <td>{user.status}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {matches.length.toLocaleString("en")} users{" "}
        <button type="button" disabled={page * PAGE_SIZE >= matches.length} onClick={() => setPage(page + 1)}>
          Next page
        </button>
      </p>
    </main>
  );
}

const root = document.getElementById("root");
if (!root) throw new Error("#root is missing from index.html");
createRoot(root).render(<UserList users={records} />);
