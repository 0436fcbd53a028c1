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

/** The German catalog (`react-user-management/locales/de`): pass it as `messages` with `locale="de"`. */
export const de: Messages = { common, confirm, editUser, externalUsers, invitations, invite, page, presets, userTable };
