export {
  InviteDialog,
  type InviteDialogContentProps,
  type InviteDialogProps,
  type InviteDialogRootProps,
} from "./InviteDialog";
