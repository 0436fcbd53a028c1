import type { PolicyContext } from "../../core/can";
import type { AdapterContext, Caller } from "./adapterContext";
import type { BetterAuthInvitation } from "./betterAuthApi";
import { isExpired, pendingInvitations } from "./invitationReads";
import { parseRoleNames } from "./roleModel";

/** Most owners counted in one read; past it there are more than enough owners for R19. */
const OWNER_SCAN_LIMIT = 1000;

/**
 * R1: members plus pending, unexpired invitations. A viewer who may not list invitations (Better
 * Auth shows them only to inviters, and hides owner invitations from non-owners) counts those they see.
 */
export async function seatsUsed(
  context: AdapterContext,
  caller: Caller,
  invitations?: readonly BetterAuthInvitation[],
): Promise<number> {
  const { total } = await context.call(() =>
    context.api.listMembers({ headers: caller.headers, query: { organizationId: caller.organizationId, limit: 1 } }),
  );
  let visible = invitations;
  if (!visible) {
    try {
      visible = await pendingInvitations(context, caller);
    } catch {
      visible = [];
    }
  }
  const now = Date.now();
  return total + visible.filter((invitation) => !isExpired(invitation, now)).length;
}

/** R19: members holding the plugin's creator role (the owner kind). */
async function countOwners(context: AdapterContext, caller: Caller): Promise<number> {
  const { creatorRole } = context.settings;
  const { members, total } = await context.call(() =>
    context.api.listMembers({
      headers: caller.headers,
      query: {
        organizationId: caller.organizationId,
        filterField: "role",
        filterOperator: "contains",
        filterValue: creatorRole,
        limit: OWNER_SCAN_LIMIT,
      },
    }),
  );
  if (total > members.length) return total;
  return members.filter((member) => parseRoleNames(member.role).includes(creatorRole)).length;
}

/** What `can()` needs to decide (R9): the seats and owners read only when the action asks for them. */
export async function policy(
  context: AdapterContext,
  caller: Caller,
  needs: { seats?: readonly BetterAuthInvitation[] | true; owners?: boolean },
  extra: Partial<PolicyContext> = {},
): Promise<PolicyContext> {
  const seats =
    needs.seats === undefined ? 0 : await seatsUsed(context, caller, needs.seats === true ? undefined : needs.seats);
  return {
    roles: context.roles,
    account: { plan: context.plan, seatsUsed: seats },
    // Only the actions with an R19 rule read it; they always ask for it.
    activeOwnerCount: needs.owners ? await countOwners(context, caller) : 0,
    ...extra,
  };
}
