export { EditExternalUserDialog, type EditExternalUserDialogProps } from "./EditExternalUserDialog";
export { ExternalUsersPanel, type ExternalUsersPanelProps } from "./ExternalUsersPanel";
