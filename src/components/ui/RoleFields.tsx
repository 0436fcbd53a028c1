import type { Decision, DenyReason } from "../../core/can";
import { findRole } from "../../core/roles";
import type { RoleDefinition } from "../../core/types";
import { usePermissions } from "../../hooks/usePermissions";
import { useI18n } from "../i18n/I18nContext";
import { presetPermission, presetRoleLabel } from "../i18n/presetText";
import type { Messages } from "../i18n/types";
import { denialMessage } from "./describeError";
import { Field } from "./Field";
import { PermissionChecklist } from "./PermissionChecklist";
import { RoleSelect } from "./RoleSelect";

/** A role and, for a custom role, the permissions granted one by one (R5). */
export interface RoleValue {
  roleId: string;
  permissions: readonly string[];
}

/**
 * What `can()` says about giving a role and grants, with the form's action and target bound in,
 * e.g. `(value) => can("invitation.create", undefined, value)`.
 */
export type GiveDecision = (assigned: RoleValue) => Decision;

type Refusal = Extract<Decision, { allowed: false }>;

/**
 * Refusals about what is given (R27 ceiling, or no right to give roles at all), who gets it (R27:
 * not oneself) or the role taken away (R19). Plan and seats (R1, R23) do not depend on the role:
 * the forms say those themselves.
 */
const ROLE_REASONS: readonly DenyReason[] = ["not_permitted", "self_action", "last_owner"];

/** The decision when it refuses for a reason that depends on the role or grants; `undefined` otherwise. */
export function roleRefusal(decision: Decision): Refusal | undefined {
  return decision.allowed || !ROLE_REASONS.includes(decision.reason) ? undefined : decision;
}

/** Whether `decide` lets this role be given (with no grants yet). */
export const canGiveRole = (decide: GiveDecision, roleId: string) =>
  roleRefusal(decide({ roleId, permissions: [] })) === undefined;

/** Props of {@link RoleFields}. */
export interface RoleFieldsProps {
  value: RoleValue;
  /** Choosing a role that is not custom clears the grants (they belong to a custom role only, R5). */
  onChange(value: RoleValue): void;
  /**
   * R9, R27: what `can()` says about giving a role and grants. Roles it refuses are not offered,
   * grants it refuses are disabled with the reason, and the select is locked with the reason when
   * it refuses `current` (oneself, someone above the viewer's ceiling) or every other role (R19).
   */
  decide: GiveDecision;
  /** The role and grants held now, when changing them: always shown, never dropped from the select. */
  current?: RoleValue | undefined;
  /** The role select's label; defaults to the catalog's `common.role`. */
  label?: string | undefined;
  /** The permission checklist's legend; defaults to the catalog's `common.permissions`. */
  legend?: string | undefined;
  hint?: string | undefined;
  /** Why the chosen role cannot be given (R9). */
  error?: string | undefined;
  permissionsHint?: string | undefined;
  /** Only the checklist of the role held now (a dialog of its own); a lock's reason shows above it. */
  permissionsOnly?: boolean | undefined;
}

/**
 * R27: why the role fields are locked, in the catalog's words. A refusal for lack of permission
 * from a viewer who does manage users can only be the ceiling: an owner-kind role held now, or a
 * role or grant above the viewer's own.
 */
function lockText(refusal: Refusal, messages: Messages, held: RoleDefinition | undefined, managesUsers: boolean) {
  const limits = messages.common.roleLimits;
  if (refusal.reason === "self_action") return limits.ownRole;
  if (refusal.reason !== "not_permitted" || !managesUsers) return denialMessage(refusal, messages);
  return held?.kind === "owner" ? limits.ownerOnly(presetRoleLabel(held, messages)) : limits.aboveYours;
}

/**
 * A role select and, for a custom role, its permissions one by one (R5): the role part of the
 * user, external user and invitation forms. Everything offered is what `decide` allows (R27), so
 * the UI offers only what will succeed.
 */
export function RoleFields({
  value,
  onChange,
  decide,
  current,
  label,
  legend,
  hint,
  error,
  permissionsHint,
  permissionsOnly,
}: RoleFieldsProps) {
  const { messages } = useI18n();
  const { common } = messages;
  const { roles, permissions, managesUsers } = usePermissions();
  const role = findRole(roles, value.roleId);
  const held = current && findRole(roles, current.roleId);

  // Locked when what the target holds now may not be touched (oneself, above the ceiling), or when
  // every other role is refused (the last owner, R19).
  const refused = new Map(
    roles
      .filter((each) => each.id !== current?.roleId)
      .map((each) => [each.id, roleRefusal(decide({ roleId: each.id, permissions: [] }))]),
  );
  const others = [...refused.values()];
  const lock =
    (current && roleRefusal(decide(current))) ??
    (current && !permissionsOnly && others.length > 0 && others.every(Boolean) ? others[0] : undefined);
  const lockHint = lock && lockText(lock, messages, held, managesUsers);
  // Roles above the ceiling are not offered; the one held now always is. Other refusals (R19) stay
  // offered, and the form's error says why.
  const offered = roles.filter(
    (each) => each.id === current?.roleId || (!lock && refused.get(each.id)?.reason !== "not_permitted"),
  );
  // R27: grants the viewer does not hold themselves; none to check while the fields are locked.
  const notHeld =
    role?.kind === "custom" && !lock
      ? (role.grantablePermissions ?? []).filter(
          (id) => roleRefusal(decide({ roleId: role.id, permissions: [id] }))?.reason === "not_permitted",
        )
      : [];

  const joined = (...texts: unknown[]) => texts.filter(Boolean).join(" ") || undefined;

  return (
    <>
      {!permissionsOnly && (
        <Field label={label ?? common.role} hint={joined(lockHint, hint)} error={error}>
          <RoleSelect
            roles={offered.map((each) => ({ ...each, label: presetRoleLabel(each, messages) }))}
            value={value.roleId}
            onChange={(roleId) => {
              // Grants belong to a custom role: keep those the new role may grant, if any.
              const next = findRole(roles, roleId);
              const grantable = next?.kind === "custom" ? (next.grantablePermissions ?? []) : [];
              onChange({ roleId, permissions: value.permissions.filter((id) => grantable.includes(id)) });
            }}
            disabled={lock !== undefined}
          />
        </Field>
      )}
      {role?.kind === "custom" && (
        <PermissionChecklist
          legend={legend ?? common.permissions}
          hint={permissionsOnly ? joined(lockHint, permissionsHint) : permissionsHint}
          role={role}
          catalog={permissions.map((each) => presetPermission(each, messages))}
          value={value.permissions}
          onChange={(granted) => onChange({ ...value, permissions: granted })}
          disabled={lock !== undefined}
          refused={notHeld}
          refusedReason={common.roleLimits.permissionNotHeld}
        />
      )}
    </>
  );
}
