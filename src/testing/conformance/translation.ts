import { missingRoleReason } from "./fixtureAsLoaded";
import type { VersionCounters } from "./versionCounters";

/** What the suite knows about how a backend names things, for one test. */
export interface TranslationSetup {
  /** Fixture record id → the backend's (`AdapterHarness.ids`); absent ids are the same. */
  ids: Readonly<Record<string, string>>;
  /** Fixture role id → the backend's, `null` for none (`ConformanceOptions.roles`). */
  roles: Readonly<Record<string, string | null>>;
  /** The role ids of the loaded fixture's role model, the only ones a backend role maps back to. */
  loadedRoleIds: readonly string[];
  /** Fixture record id → why it was not loaded. */
  leftOut: ReadonlyMap<string, string>;
  /** Milliseconds to add to every date a backend returns, to put it on the suite's clock. */
  timeShift(): number;
  /** Records why the check cannot go on and throws the `ConformanceSkip` that says so. */
  raise(reason: string): never;
  /**
   * `versions: "opaque"`: the counters the backend's versions are shown as, and taken back from.
   * Absent (`counter`): versions pass through as they are.
   */
  versions?: VersionCounters;
}

/** Both directions between the suite's names (the fixture's) and the backend's. */
export interface Translation {
  /** A fixture record id as the backend knows it; a left-out record skips the check. */
  recordIn(id: string): string;
  /** Call params with fixture ids and role ids (and version counters) replaced by the backend's. */
  paramsIn<T>(params: T): T;
  /** A result (or an error's `current`) with the backend's ids, role ids, dates (and versions) put back. */
  resultOut<T>(result: T): T;
}

type Plain = Record<string, unknown>;

const isPlain = (value: unknown): value is Plain => {
  if (typeof value !== "object" || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

const invert = (pairs: Iterable<[string, string]>) => new Map([...pairs].map(([from, to]) => [to, from]));

/** Builds the translation of one test. Unknown ids (new records, missing ones) pass through as they are. */
export function createTranslation(setup: TranslationSetup): Translation {
  const idBack = invert(Object.entries(setup.ids));
  // Two roles of different presets may share a backend role: only the loaded model's roles map back.
  const roleBack = invert(
    setup.loadedRoleIds.flatMap((roleId): [string, string][] => {
      const backend = setup.roles[roleId];
      return backend === null ? [] : [[roleId, backend ?? roleId]];
    }),
  );

  const recordIn = (id: string) => {
    const reason = setup.leftOut.get(id);
    if (reason !== undefined) setup.raise(reason);
    return setup.ids[id] ?? id;
  };
  const roleIn = (roleId: string) => {
    const reason = missingRoleReason(roleId, setup);
    if (reason !== undefined) setup.raise(reason);
    return setup.roles[roleId] ?? roleId;
  };
  const roleOut = (roleId: string) => roleBack.get(roleId) ?? roleId;
  const dateOut = (text: string, shift: number) => {
    const time = Date.parse(text);
    return Number.isNaN(time) ? text : new Date(time + shift).toISOString();
  };

  const walkIn = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walkIn);
    if (!isPlain(value)) return value;
    const out: Plain = {};
    for (const [key, field] of Object.entries(value)) {
      if (key === "id" && typeof field === "string") out[key] = recordIn(field);
      else if (key === "roleId" && typeof field === "string") out[key] = roleIn(field);
      else if (key === "roleIds" && Array.isArray(field))
        out[key] = field.map((roleId) => (typeof roleId === "string" ? roleIn(roleId) : roleId));
      else out[key] = walkIn(field);
    }
    // A record's version (updateUser, suspendUser, reactivateUser, updateExternalUser).
    if (setup.versions && typeof out.id === "string" && typeof value.version === "number") {
      out.version = setup.versions.in(out.id, value.version);
    }
    return out;
  };

  const walkOut = (value: unknown, shift: number): unknown => {
    if (Array.isArray(value)) return value.map((item) => walkOut(item, shift));
    if (!isPlain(value)) return value;
    const out: Plain = {};
    for (const [key, field] of Object.entries(value)) {
      if (key === "id" && typeof field === "string") out[key] = idBack.get(field) ?? field;
      else if ((key === "roleId" || key === "defaultRoleId") && typeof field === "string") out[key] = roleOut(field);
      else if (key === "roles" && Array.isArray(field)) out[key] = field.map((role) => roleDefinitionOut(role, shift));
      else if (shift !== 0 && key.endsWith("At") && typeof field === "string") out[key] = dateOut(field, shift);
      else out[key] = walkOut(field, shift);
    }
    // A user or external user, in any result or a conflict's `current`: keyed by the backend's id.
    if (setup.versions && typeof value.id === "string" && typeof value.version === "number") {
      out.version = setup.versions.out(value.id, value.version);
    }
    return out;
  };
  // A role model's roles: their `id` is a role id, not a record id.
  const roleDefinitionOut = (role: unknown, shift: number): unknown => {
    if (!isPlain(role) || typeof role.id !== "string") return walkOut(role, shift);
    return { ...(walkOut(role, shift) as Plain), id: roleOut(role.id) };
  };

  return {
    recordIn,
    paramsIn: <T>(params: T) => walkIn(params) as T,
    resultOut: <T>(result: T) => walkOut(result, setup.timeShift()) as T,
  };
}
