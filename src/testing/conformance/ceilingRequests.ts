import { expect } from "vitest";
import type { UserManagementAdapter } from "../../adapter/contract";
import { assertCan, type PolicyContext } from "../../core/can";
import { isUserManagementError, type UserManagementErrorCode } from "../../core/errors";
import { countActiveOwners } from "../../core/roles";
import type { Viewer } from "../../core/types";
import { assertCanChangeUser, type UserChangeSet } from "../../core/userUpdate";
import { listAllInvitations, listAllUsers } from "./expectations";
import { ADMIN } from "./fixtureIds";
import type { ConformanceSubject } from "./subject";

/** A request that gives a role or grants (R27), as data: the call and the decision derive from it. */
export type CeilingRequest =
  | { kind: "update"; id: string; changes: UserChangeSet }
  | { kind: "invite"; roleId: string; permissions?: readonly string[] }
  | { kind: "resend"; id: string };

const newPerson = [{ email: "new.person@example.com" }];

/** Makes the request through `adapter`. */
export function makeCeilingRequest(adapter: UserManagementAdapter, request: CeilingRequest): Promise<unknown> {
  switch (request.kind) {
    case "update":
      return adapter.updateUser({ id: request.id, version: 1, changes: request.changes });
    case "invite":
      return adapter.inviteUsers({
        invitees: newPerson,
        roleId: request.roleId,
        ...(request.permissions && { permissions: request.permissions }),
      });
    case "resend":
      return adapter.resendInvitation({ id: request.id });
  }
}

/** Expects what an allowed request returns: the role given, the invitation sent or pending again. */
export function expectCeilingRequestDone(request: CeilingRequest, result: unknown): void {
  switch (request.kind) {
    case "update":
      expect(result).toMatchObject({ user: { id: request.id, ...request.changes } });
      return;
    case "invite":
      expect(result).toMatchObject({ results: [{ outcome: "sent", invitation: { roleId: request.roleId } }] });
      return;
    case "resend":
      expect(result).toMatchObject({ invitation: { id: request.id, status: "pending" } });
      return;
  }
}

/**
 * `roles` mapped: the error code the core decision (`can()`, through `assertCan` and
 * `assertCanChangeUser`) gives `viewerId`'s request on the role model the adapter itself returns
 * from `getRoleModel`, with the viewer, account and records as the adapter returns them; `undefined`
 * when it is allowed. A backend with its own role model must agree with `can()` on that model: what
 * the UI offers is what the backend does (R9, R27).
 */
export async function ceilingDecisionOnOwnModel(
  subject: Pick<ConformanceSubject, "as">,
  viewerId: string,
  request: CeilingRequest,
): Promise<UserManagementErrorCode | undefined> {
  const actor = subject.as(viewerId);
  const admin = subject.as(ADMIN);
  const { viewer, account } = await actor.getSession({});
  const { roles } = await actor.getRoleModel({});
  const activeOwnerCount = countActiveOwners(await listAllUsers(admin), roles);
  const context: PolicyContext = { roles, account, activeOwnerCount };
  const decide = await decision(admin, viewer, request, context);
  try {
    decide();
    return undefined;
  } catch (error) {
    if (isUserManagementError(error)) return error.code;
    throw error;
  }
}

async function decision(
  admin: UserManagementAdapter,
  viewer: Viewer,
  request: CeilingRequest,
  context: PolicyContext,
): Promise<() => void> {
  switch (request.kind) {
    case "update": {
      const { user } = await admin.getUser({ id: request.id });
      return () => assertCanChangeUser(viewer, user, request.changes, context);
    }
    case "invite": {
      const assigned = { roleId: request.roleId, permissions: request.permissions ?? [], inviteCount: 1 };
      return () => assertCan(viewer, "invitation.create", undefined, { ...context, ...assigned });
    }
    case "resend": {
      const invitation = (await listAllInvitations(admin)).find((one) => one.id === request.id);
      if (!invitation) throw new Error(`The backend lists no invitation ${request.id} to resend.`);
      return () => assertCan(viewer, "invitation.resend", invitation, context);
    }
  }
}
