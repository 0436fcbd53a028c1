import type { AdapterCapabilities, UserManagementAdapter } from "../../adapter/contract";
import type { UserManagementDataset } from "../../adapter/dataset";
import { MAX_PAGE_SIZE } from "../../core/paging";
import { isOwnerRole, managesUsers } from "../../core/roles";
import type { AdapterHarness } from "../adapterHarness";
import type { VersionCounters } from "./versionCounters";

/**
 * The loaded fixture user who reads the loaded versions: an active user who manages users (listing
 * users and external users needs it), one of an owner-kind role first, since a backend may keep
 * listings from a delegated manager or let only its owners see external users.
 */
export function versionReader(fixture: UserManagementDataset): string {
  const roles = fixture.roleModel.roles;
  const managers = fixture.users.filter((user) => managesUsers(user, roles));
  const reader = managers.find((user) => isOwnerRole(roles, user.roleId)) ?? managers[0];
  if (!reader)
    throw new Error("versions: opaque needs an active fixture user who manages users, to read the versions.");
  return reader.id;
}

/** Every page of a listing, as the backend returns it. */
async function everyPage<T>(list: (page: number) => Promise<{ items: T[]; total: number }>): Promise<T[]> {
  const all: T[] = [];
  for (let page = 1; ; page++) {
    const { items, total } = await list(page);
    all.push(...items);
    if (items.length === 0 || all.length >= total) return all;
  }
}

/**
 * `versions: "opaque"`: reads, straight from the backend (its ids and versions), the version of
 * every user and external user it loaded, so that each becomes that record's counter 1, the version
 * the fixture gives it. A loaded record the listing leaves out is the harness's error, said here
 * rather than as a `conflict` in whichever check first names it.
 */
export async function readLoadedVersions(
  harness: AdapterHarness,
  fixture: UserManagementDataset,
  capabilities: AdapterCapabilities,
  counters: VersionCounters,
): Promise<void> {
  const readerId = versionReader(fixture);
  const reader: UserManagementAdapter = harness.as(readerId);
  const records: { id: string; version: number }[] = await everyPage(async (page) => {
    const { users, total } = await reader.listUsers({ page, pageSize: MAX_PAGE_SIZE });
    return { items: users, total };
  });
  const loaded: { id: string }[] = [...fixture.users];
  if (capabilities.externalUsers && reader.listExternalUsers) {
    const listExternalUsers = reader.listExternalUsers.bind(reader);
    records.push(
      ...(await everyPage(async (page) => {
        const { externalUsers, total } = await listExternalUsers({ page, pageSize: MAX_PAGE_SIZE });
        return { items: externalUsers, total };
      })),
    );
    loaded.push(...fixture.externalUsers);
  }
  for (const record of records) counters.out(record.id, record.version);

  const seen = new Set(records.map((record) => record.id));
  const backendId = (id: string) => harness.ids?.[id] ?? id;
  const missing = loaded.filter((record) => !seen.has(backendId(record.id))).map((record) => record.id);
  if (missing.length > 0) {
    throw new Error(
      `versions: opaque: listing as ${readerId} did not return the loaded ${missing.join(", ")}, so their versions are unknown.`,
    );
  }
}
