import type { ExternalUser } from "../../core/types";
import { lazyDialog } from "../ui/lazyPart";

/** Props of {@link EditExternalUserDialog}. */
export interface EditExternalUserDialogProps {
  /** Whose role here to edit; `null` keeps the dialog closed. */
  externalUser: ExternalUser | null;
  onOpenChange(open: boolean): void;
}

/**
 * R22: changes an external user's role and permissions in this account only, saying that their
 * home account is untouched. Only roles and permissions the viewer may give are offered (R27). The
 * new role shows at once in the list; a failure rolls it back and keeps the dialog open with the
 * choice made (R24); a conflict shows the fresh role (R25).
 *
 * Its code loads when it first opens, in a chunk of its own.
 */
export const EditExternalUserDialog = /* @__PURE__ */ lazyDialog<EditExternalUserDialogProps>(
  () => import("../lazyParts").then((module) => module.EditExternalUserDialogContent),
  (props) => props.externalUser !== null,
);
