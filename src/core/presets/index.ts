import type { RoleModel } from "../types";
import { accountHolderMemberPreset } from "./accountHolderMember";
import { administratorUserCustomPreset } from "./administratorUserCustom";
import { ownerManagerPreset } from "./ownerManager";

export { accountHolderMemberPreset, administratorUserCustomPreset, ownerManagerPreset };

/** The names of the presets that ship, one per kind of product in the seeds (R5–R7). */
export type RolePresetName = "administrator-user-custom" | "owner-manager" | "account-holder-member";

/** Every preset that ships, by name. */
export const rolePresets: Readonly<Record<RolePresetName, RoleModel>> = {
  "administrator-user-custom": administratorUserCustomPreset,
  "owner-manager": ownerManagerPreset,
  "account-holder-member": accountHolderMemberPreset,
};
