import { common } from "./common";
import { confirm } from "./confirm";
import { editUser } from "./editUser";
import { externalUsers } from "./externalUsers";
import { invitations } from "./invitations";
import { invite } from "./invite";
import { page } from "./page";
import { presets } from "./presets";
import { userTable } from "./userTable";

/** The English catalog: the default, and the shape every other catalog follows. */
export const en = { common, confirm, editUser, externalUsers, invitations, invite, page, presets, userTable };
