import type { Messages } from "../types";
import { common } from "./common";
import { confirm } from "./confirm";
import { editUser } from "./editUser";
import { externalUsers } from "./externalUsers";
import { invitations } from "./invitations";
import { invite } from "./invite";
import { page } from "./page";
import { presets } from "./presets";
import { userTable } from "./userTable";

/** The Arabic catalog, written right to left (`react-user-management/locales/ar`): pass it as `messages` with `locale="ar"`. */
export const ar: Messages = { common, confirm, editUser, externalUsers, invitations, invite, page, presets, userTable };
