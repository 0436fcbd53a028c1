export { EditUserDialog, type EditUserDialogProps, type EditUserSection } from "./EditUserDialog";
