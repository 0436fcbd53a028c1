import type { RoleModel, UserStatus } from "../src/core/types";
import { DEFAULT_SCHEMA, type SqlClient } from "../src/server";
import type { DemoPeople, DemoPerson } from "./shared";

interface PersonRow {
  id: string;
  first_name: string;
  last_name: string;
  email: string;
  role_id: string;
  status: UserStatus;
  home_account_name: string | null;
}

const S = DEFAULT_SCHEMA;

/** The account's role model, as stored. */
export async function readRoleModel(db: SqlClient): Promise<RoleModel> {
  const { rows } = await db.query<{ role_model: RoleModel }>(`SELECT role_model FROM ${S}.account`);
  const roleModel = rows[0]?.role_model;
  if (!roleModel) throw new Error("The demo database holds no account.");
  return roleModel;
}

/**
 * Everyone the "signed in as" switcher offers, read straight from the tables: the demo stands in for
 * a login page here, so it sees everyone whatever the policy says. Owners first, then by role and name.
 */
export async function listPeople(db: SqlClient): Promise<DemoPeople> {
  const { roles } = await readRoleModel(db);
  const { rows } = await db.query<PersonRow>(
    `SELECT id, first_name, last_name, email, role_id, status, NULL AS home_account_name FROM ${S}.users
     UNION ALL
     SELECT id, first_name, last_name, email, role_id, status, home_account_name FROM ${S}.external_users`,
  );
  const order = (row: PersonRow) =>
    row.home_account_name ? roles.length : roles.findIndex((r) => r.id === row.role_id);
  const people: DemoPerson[] = rows
    .sort((a, b) => order(a) - order(b) || a.first_name.localeCompare(b.first_name) || a.id.localeCompare(b.id))
    .map((row) => {
      const role = roles.find((r) => r.id === row.role_id);
      return {
        id: row.id,
        name: `${row.first_name} ${row.last_name}`.trim() || row.email,
        email: row.email,
        roleLabel: role?.label ?? row.role_id,
        group: row.home_account_name ? "external" : (role?.kind ?? "standard"),
        status: row.status,
        ...(row.home_account_name ? { homeAccount: row.home_account_name } : {}),
      };
    });
  // The longest-standing owner (user-1 of a generated account): ids in natural order, user-2 before user-10.
  const [owner] = people
    .filter((person) => person.group === "owner" && person.status === "active")
    .sort((a, b) => a.id.localeCompare(b.id, "en", { numeric: true }));
  return { people, defaultViewerId: owner?.id ?? null };
}
