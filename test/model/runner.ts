import fc from "fast-check";
import type { UserChanges, UserManagementAdapter } from "../../src/adapter";
import { isOwnerRole, isUserManagementError } from "../../src/core";
import { createConformanceFixture } from "../../src/testing";
import {
  type ChangeSpec,
  type Command,
  describeCommand,
  type InvitationRef,
  isNoOp,
  type PersonRef,
  SAME,
  type Scenario,
  scenarioArbitrary,
  type TokenRef,
  type VersionRef,
} from "./commands";
import { type AccountRules, type ObservedState, type StepFacts, stateViolations, stepViolations } from "./invariants";
import {
  DAY_MS,
  type Expected,
  type ModelInvitation,
  type ModelUser,
  PROVISIONAL_PREFIX,
  ReferenceModel,
} from "./referenceModel";
import type { SystemUnderTest, Target } from "./systems";

/*
 * Runs command sequences on a system and on the reference model side by side. After every step:
 * the same answer (success, or the same error code), the same data as an owner lists it, and the
 * invariants of invariants.ts on the system's data. The first difference ends the sequence and is
 * reported with the steps that led to it.
 */

/** What the system answered. */
type Actual =
  | { ok: true; outcomes?: readonly string[] }
  | { ok: false; code: string; message: string; carriesRecord: boolean };

/** What one sequence did: how many commands ran, and what went wrong (nothing when it passed). */
export interface SequenceResult {
  executed: number;
  failure?: string;
}

const MISSING_USER = "missing-user";
const MISSING_INVITATION = "missing-invitation";
const BOGUS_TOKEN = "not-a-real-token";
const PAGE = { page: 1, pageSize: 200 } as const;

const sorted = (ids: readonly string[]) => [...ids].sort();
/** `#n`: the n-th id in sorted order, wrapping; none when there are none. */
const nth = (ids: readonly string[], ref: string) => sorted(ids)[Number(ref.slice(1)) % Math.max(1, ids.length)];
const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The model's data, shaped as an observation of a system. */
function modelState(model: ReferenceModel): ObservedState {
  const iso = (ms: number) => new Date(ms).toISOString();
  return {
    seatsUsed: model.seatsUsed(),
    users: [...model.users.values()]
      .map(({ id, email, firstName, lastName, roleId, permissions, status, version }) => ({
        ...{ id, email, firstName, lastName, roleId, permissions: sorted(permissions), status, version },
      }))
      .sort(byId),
    invitations: [...model.invitations.values()]
      .map((invitation) => ({
        id: invitation.id,
        email: invitation.email,
        firstName: invitation.firstName,
        lastName: invitation.lastName,
        roleId: invitation.roleId,
        permissions: sorted(invitation.permissions),
        status: model.isPending(invitation) ? ("pending" as const) : ("expired" as const),
        sentAt: iso(invitation.sentAt),
        expiresAt: iso(invitation.expiresAt),
      }))
      .sort(byId),
    externalUsers: [...model.externalUsers.values()]
      .map(({ id, email, roleId, permissions, status, version }) => ({
        ...{ id, email, roleId, permissions: sorted(permissions), status, version },
      }))
      .sort(byId),
  };
}

/** The system's data, as `adapter` (acting as an active owner) lists it. */
async function systemState(adapter: UserManagementAdapter): Promise<ObservedState> {
  const { account } = await adapter.getSession({});
  const { users } = await adapter.listUsers(PAGE);
  const { invitations } = await adapter.listInvitations(PAGE);
  const { externalUsers } = adapter.listExternalUsers ? await adapter.listExternalUsers(PAGE) : { externalUsers: [] };
  return {
    seatsUsed: account.seatsUsed,
    users: users
      .map(({ id, email, firstName, lastName, roleId, permissions, status, version }) => ({
        ...{ id, email, firstName, lastName, roleId, permissions: sorted(permissions), status, version },
      }))
      .sort(byId),
    invitations: invitations
      .map(({ id, email, firstName, lastName, roleId, permissions, status, sentAt, expiresAt }) => ({
        ...{ id, email, firstName, lastName, roleId, permissions: sorted(permissions), status, sentAt, expiresAt },
      }))
      .sort(byId),
    externalUsers: externalUsers
      .map(({ id, email, roleId, permissions, status, version }) => ({
        ...{ id, email, roleId, permissions: sorted(permissions), status, version },
      }))
      .sort(byId),
  };
}

/** Lines present on one side only, one record per line. */
function stateDifferences(model: ObservedState, system: ObservedState): string[] {
  const lines = (state: ObservedState) => [
    `seatsUsed ${state.seatsUsed}`,
    ...state.users.map((user) => `user ${JSON.stringify(user)}`),
    ...state.invitations.map((invitation) => `invitation ${JSON.stringify(invitation)}`),
    ...state.externalUsers.map((external) => `external ${JSON.stringify(external)}`),
  ];
  const expected = lines(model);
  const actual = lines(system);
  return [
    ...expected.filter((line) => !actual.includes(line)).map((line) => `  model only:  ${line}`),
    ...actual.filter((line) => !expected.includes(line)).map((line) => `  system only: ${line}`),
  ];
}

async function answer(call: () => Promise<{ results?: readonly { outcome: string }[] } | unknown>): Promise<Actual> {
  try {
    const result = await call();
    const results =
      typeof result === "object" && result !== null && "results" in result
        ? (result as { results: readonly { outcome: string }[] }).results
        : undefined;
    return { ok: true, outcomes: results?.map((item) => item.outcome) };
  } catch (error) {
    if (isUserManagementError(error)) {
      return { ok: false, code: error.code, message: error.message, carriesRecord: error.current !== undefined };
    }
    return { ok: false, code: "(not a UserManagementError)", message: String(error), carriesRecord: false };
  }
}

const show = (outcome: Expected | Actual) => {
  if (outcome.ok) return outcome.outcomes ? `ok [${outcome.outcomes.join(", ")}]` : "ok";
  return "message" in outcome ? `${outcome.code} (“${outcome.message}”)` : outcome.code;
};

/** R9, R25, R29: the same answer; a refusal carries a record only when the caller may see it. */
function answerDifference(expected: Expected, actual: Actual): string | undefined {
  if (expected.ok !== actual.ok || (!expected.ok && !actual.ok && expected.code !== actual.code)) {
    return `expected ${show(expected)}, got ${show(actual)}`;
  }
  if (expected.ok && actual.ok && JSON.stringify(expected.outcomes) !== JSON.stringify(actual.outcomes)) {
    return `expected ${show(expected)}, got ${show(actual)}`;
  }
  if (!actual.ok && actual.carriesRecord && (expected.ok || !expected.mayRevealCurrent)) {
    return `R29: the ${actual.code} answer carries the target's record, which this caller may not see`;
  }
  return undefined;
}

/** One sequence's run: the model, the system, the links mailed so far. */
class SequenceRun {
  readonly model: ReferenceModel;
  readonly rules: AccountRules;
  /** Link number (the model's) → the token the system mailed for it. */
  readonly tokens = new Map<number, string>();
  state!: ObservedState;

  constructor(
    readonly system: SystemUnderTest,
    scenario: Scenario,
  ) {
    const dataset = createConformanceFixture(scenario.variant);
    this.model = new ReferenceModel(dataset, system.clock.now());
    this.rules = { roles: dataset.roleModel.roles, seatLimit: dataset.account.plan.seatLimit };
    for (const invitation of dataset.invitations) {
      const link = this.model.invitations.get(invitation.id)?.link;
      if (link !== undefined) this.tokens.set(link, invitation.token);
    }
  }

  /** How this step's references resolved (`#0=admin-1`), for the report. */
  private resolved: string[] = [];

  private note(ref: string, id: string): string {
    if (ref !== id) this.resolved.push(`${ref}=${id}`);
    return id;
  }

  /** Someone by id, by position, or whoever has this address now. */
  person(ref: PersonRef): string {
    if (ref.startsWith("#")) return this.note(ref, nth([...this.model.users.keys()], ref) ?? MISSING_USER);
    return ref.includes("@") ? this.note(ref, this.model.userByEmail(ref)?.id ?? MISSING_USER) : ref;
  }

  invitation(ref: InvitationRef): string {
    const found = this.invitationRecord(ref)?.id;
    return this.note(ref, found ?? (ref.startsWith("#") || ref.includes("@") ? MISSING_INVITATION : ref));
  }

  private invitationRecord(ref: InvitationRef): ModelInvitation | undefined {
    const { invitations } = this.model;
    if (ref.startsWith("#")) return invitations.get(nth([...invitations.keys()], ref) ?? "");
    return ref.includes("@") ? this.model.invitationByEmail(ref) : invitations.get(ref);
  }

  version(ref: VersionRef, current = 1): number {
    return ref === "current" ? current : ref === "stale" ? current - 1 : current + 1;
  }

  /** The link's number in the model (undefined: never mailed) and the token the system gets. */
  link(ref: TokenRef): { link: number | undefined; token: string } {
    const { links } = this.model;
    const link =
      ref.link === "current"
        ? this.invitationRecord(ref.of)?.link
        : ref.link === "issued" && links.length > 0
          ? ref.pick % links.length
          : undefined;
    return { link, token: link === undefined ? BOGUS_TOKEN : (this.tokens.get(link) ?? BOGUS_TOKEN) };
  }

  /** An observer: an active owner as the model has it (R19 says there is one). */
  observer(): string {
    const owner = [...this.model.users.values()]
      .sort(byId)
      // Not one created in this step: it has no system id yet.
      .find(
        (user) =>
          user.status === "active" &&
          isOwnerRole(this.model.roles, user.roleId) &&
          !user.id.startsWith(PROVISIONAL_PREFIX),
      );
    return owner?.id ?? "admin-1";
  }

  /** Runs one command on both; returns its description, the two answers and the facts for the invariants. */
  async step(command: Command): Promise<{ line: string; expected: Expected; actual: Actual; facts: StepFacts }> {
    const { model, system } = this;
    this.resolved = [];
    const describe = () =>
      `${describeCommand(command)}${this.resolved.length > 0 ? ` (${this.resolved.join(", ")})` : ""}`;
    const run = async (
      viewerId: string,
      expected: Expected,
      call: (adapter: Required<UserManagementAdapter>) => Promise<unknown>,
    ) => {
      const actual = await answer(() => call(system.as(viewerId)));
      return { line: describe(), expected, actual, facts: { viewerId, succeeded: actual.ok } };
    };
    switch (command.kind) {
      case "advanceClock": {
        system.clock.advance(command.days * DAY_MS);
        const expected = model.advanceClock(command.days);
        return { line: describe(), expected, actual: { ok: true }, facts: { succeeded: true } };
      }
      case "updateUser": {
        const viewer = this.person(command.viewer);
        const id = this.person(command.target);
        const user = model.users.get(id);
        const version = this.version(command.version, user?.version);
        const changes = resolveChanges(command.changes, user);
        return run(viewer, model.updateUser(viewer, id, version, changes), (adapter) =>
          adapter.updateUser({ id, version, changes }),
        );
      }
      case "suspendUser":
      case "reactivateUser": {
        const viewer = this.person(command.viewer);
        const id = this.person(command.target);
        const current = model.users.get(id)?.version;
        const version = command.version === undefined ? undefined : this.version(command.version, current);
        if (command.kind === "suspendUser") {
          return run(viewer, model.suspendUser(viewer, id, version), (adapter) => adapter.suspendUser({ id, version }));
        }
        return run(viewer, model.reactivateUser(viewer, id, version), (adapter) =>
          adapter.reactivateUser({ id, version }),
        );
      }
      case "deleteUser": {
        const viewer = this.person(command.viewer);
        const id = this.person(command.target);
        return run(viewer, model.deleteUser(viewer, id), (adapter) => adapter.deleteUser({ id }));
      }
      case "inviteUsers": {
        const viewer = this.person(command.viewer);
        const { invitees, roleId, permissions } = command;
        return run(viewer, model.inviteUsers(viewer, invitees, roleId, permissions ?? []), (adapter) =>
          adapter.inviteUsers({ invitees, roleId, permissions }),
        );
      }
      case "resendInvitation": {
        const viewer = this.person(command.viewer);
        const id = this.invitation(command.invitation);
        return run(viewer, model.resendInvitation(viewer, id), (adapter) => adapter.resendInvitation({ id }));
      }
      case "cancelInvitation": {
        const viewer = this.person(command.viewer);
        const id = this.invitation(command.invitation);
        return run(viewer, model.cancelInvitation(viewer, id), (adapter) => adapter.cancelInvitation({ id }));
      }
      case "replaceInvitation": {
        const viewer = this.person(command.viewer);
        const id = this.invitation(command.invitation);
        const { invitee, roleId, permissions } = command;
        return run(viewer, model.replaceInvitation(viewer, id, invitee, roleId, permissions ?? []), (adapter) =>
          adapter.replaceInvitation({ id, invitee, roleId, permissions }),
        );
      }
      case "acceptInvitation": {
        const { link, token } = this.link(command.token);
        const { firstName, lastName } = command;
        const accepted = link === undefined ? undefined : model.invitationOfLink(link)?.id;
        const expected = model.acceptInvitation(link, firstName, lastName);
        // The invitee has no session: the link is the credential.
        const actual = await answer(() => system.as("").acceptInvitation({ token, firstName, lastName }));
        const line = `${describe()}${link === undefined ? "" : ` (link ${link}${accepted ? ` of ${accepted}` : ", dead"})`}`;
        return { line, expected, actual, facts: { succeeded: actual.ok, acceptedInvitationId: accepted } };
      }
      case "updateExternalUser": {
        const viewer = this.person(command.viewer);
        const id = command.target;
        const external = model.externalUsers.get(id);
        const version = this.version(command.version, external?.version);
        const roleId = command.roleId === SAME ? (external?.roleId ?? "user") : command.roleId;
        const permissions = command.permissions === SAME ? [...(external?.permissions ?? [])] : command.permissions;
        return run(viewer, model.updateExternalUser(viewer, id, version, roleId, permissions ?? []), (adapter) =>
          adapter.updateExternalUser({ id, version, roleId, permissions }),
        );
      }
      case "removeExternalUser": {
        const viewer = this.person(command.viewer);
        const id = command.target;
        return run(viewer, model.removeExternalUser(viewer, id), (adapter) => adapter.removeExternalUser({ id }));
      }
    }
  }

  /**
   * Reads the system as an owner, gives the model's new records the system's ids, and returns what
   * differs or is violated; records the links the system mailed for the model's new ones.
   */
  async settle(facts: StepFacts | undefined): Promise<string[]> {
    let observed: ObservedState;
    try {
      observed = await systemState(this.system.as(this.observer()));
    } catch (error) {
      return [`Reading the account as ${this.observer()} failed: ${String(error)}`];
    }
    const unmatched = this.model.adoptIds(observed.users, observed.invitations);
    const problems = unmatched.map((id) => `The system has no record for the model's ${id}.`);
    problems.push(...stateDifferences(modelState(this.model), observed));
    problems.push(...stateViolations(observed, this.rules));
    if (facts && this.state) problems.push(...stepViolations(this.state, observed, facts, this.rules));
    this.state = observed;
    problems.push(...this.recordLinks());
    return problems;
  }

  /** R13: every link the model issued has a token on the system, and a new one is never an old one. */
  private recordLinks(): string[] {
    const problems: string[] = [];
    const known = new Set(this.tokens.values());
    for (const invitation of this.model.invitations.values()) {
      if (this.tokens.has(invitation.link) || invitation.id.startsWith(PROVISIONAL_PREFIX)) continue;
      const token = this.system.invitationToken(invitation.id);
      if (token === undefined) problems.push(`No link was mailed for ${invitation.id}.`);
      else if (known.has(token)) problems.push(`R13: ${invitation.id} was (re)sent with a link it had before.`);
      else this.tokens.set(invitation.link, token);
    }
    return problems;
  }
}

/** The change set as sent: `(same)` fields become the target's current values (R29's no-ops). */
function resolveChanges(spec: ChangeSpec, user: ModelUser | undefined): UserChanges {
  const same = <T>(value: T | typeof SAME | undefined, current: T | undefined, fallback: T): T | undefined =>
    value === SAME ? (current ?? fallback) : value;
  const changes: UserChanges = {
    firstName: same(spec.firstName, user?.firstName, ""),
    lastName: same(spec.lastName, user?.lastName, ""),
    email: same(spec.email, user?.email, "nobody@example.com"),
    roleId: same(spec.roleId, user?.roleId, "user"),
    permissions: same(spec.permissions, user?.permissions, []),
  };
  // Absent stays absent: "no such field" and "this field, unchanged" are different requests.
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
}

/** Runs one sequence on a freshly loaded account; stops at the first difference or violation. */
export async function runScenario(
  target: Target,
  scenario: Scenario,
  /** Told each command's answer, e.g. to count what a run covered. */
  onStep?: (command: Command, answer: string) => void,
): Promise<SequenceResult> {
  const system = await target.load(createConformanceFixture(scenario.variant));
  const run = new SequenceRun(system, scenario);
  const trace: string[] = [];
  let skipped = 0;
  const fail = (executed: number, problems: string[]) => ({
    executed,
    failure: [
      `${target.name}, fixture "${scenario.variant}", step ${executed} of ${scenario.commands.length}:`,
      ...trace,
      ...(skipped > 0 ? [`  (${skipped} commands that do nothing left out)`] : []),
      ...problems,
    ].join("\n"),
  });

  const initial = await run.settle(undefined);
  if (initial.length > 0) return fail(0, initial);
  for (const [index, command] of scenario.commands.entries()) {
    const { line, expected, actual, facts } = await run.step(command);
    onStep?.(command, actual.ok ? "ok" : actual.code);
    if (isNoOp(command)) skipped++;
    else trace.push(`  ${index + 1}. ${line} → ${show(actual)}`);
    const problems: string[] = [];
    const different = answerDifference(expected, actual);
    if (different) problems.push(`  ${different}`);
    problems.push(...(await run.settle(facts)).map((problem) => `  ${problem}`));
    if (problems.length > 0) return fail(index + 1, problems);
  }
  return { executed: scenario.commands.length };
}

/** Options of `checkTarget`. */
export interface CheckOptions {
  /** How many commands to run in all. */
  commands: number;
  /** Commands per sequence (the last may be shorter). */
  sequenceLength: number;
  seed: number;
  /** How many failures to shrink to a minimal counterexample; later ones are only counted. */
  shrinkFailures?: number;
  /**
   * Most sequences run while shrinking one failure (default 300): a sequence on a database costs a
   * hundred requests, and fast-check would otherwise try every smaller candidate it can think of.
   */
  shrinkBudget?: number;
  /** Sequences per fast-check run (its seed is `seed` plus the run's index). */
  sequencesPerCheck?: number;
  /** Stop at the first failing sequence (a test), rather than go on counting failures (fuzzing). */
  stopOnFailure?: boolean;
}

/** What `checkTarget` did: commands run, sequences run, and a report per failed sequence. */
export interface CheckResult {
  commands: number;
  sequences: number;
  failures: string[];
}

/**
 * Runs `commands` commands on `target` in random sequences (fast-check, from `seed`), each compared
 * with the model and checked after every step. A failing sequence is shrunk, and reported with its
 * seed and path so that it can be replayed.
 */
export async function checkTarget(target: Target, options: CheckOptions): Promise<CheckResult> {
  const perCheck = options.sequencesPerCheck ?? 100;
  const result: CheckResult = { commands: 0, sequences: 0, failures: [] };
  for (let batch = 0; result.commands < options.commands; batch++) {
    const remaining = options.commands - result.commands;
    const length = Math.min(options.sequenceLength, remaining);
    const numRuns = Math.max(1, Math.min(perCheck, Math.floor(remaining / length)));
    let failed = false;
    let shrinkRuns = 0;
    // Only the first execution of each sequence counts; the rest are fast-check shrinking a failure.
    const property = fc.asyncProperty(scenarioArbitrary(length), async (scenario) => {
      // Past the budget every candidate "passes" unrun, so shrinking ends at the smallest failure so far.
      if (failed && ++shrinkRuns > (options.shrinkBudget ?? 300)) return;
      const outcome = await runScenario(target, scenario);
      if (!failed) {
        result.commands += outcome.executed;
        result.sequences++;
      }
      if (outcome.failure !== undefined) {
        failed = true;
        throw new Error(outcome.failure);
      }
    });
    const details = await fc.check(property, {
      numRuns,
      seed: options.seed + batch,
      endOnFailure: result.failures.length >= (options.shrinkFailures ?? 1),
    });
    if (details.failed) {
      // The thrown message already lists the steps readably; fast-check's JSON of them would repeat it.
      const error =
        details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
      const replay = `fast-check seed ${details.seed}, path "${details.counterexamplePath}" (shrunk ${details.numShrinks} times)`;
      result.failures.push(`${error}\n  replay: ${replay}`);
      if (options.stopOnFailure) break;
    }
  }
  return result;
}
