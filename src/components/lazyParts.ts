// What the first paint does not need, in one chunk that loads on first use (see lazyPart): the
// dialogs, a plain user's profile form, the toasts. One chunk rather than one per part: the code
// they share (forms, role fields, the dialog shell) then comes once, and the first paint imports
// fewer files. The row menu has its own (it brings Radix DropdownMenu, and loads with the rows).
export { EditUserDialogContent } from "./edit-user/EditUserDialogContent";
export { EditExternalUserDialogContent } from "./external-users/EditExternalUserDialogContent";
export { ExternalUsersSection } from "./external-users/ExternalUsersSection";
export { ChangeInvitationDialog } from "./invitations/ChangeInvitationDialog";
export { InviteDialogContent } from "./invite/InviteDialogContent";
export { OwnProfileBody } from "./own-profile/OwnProfileBody";
export { ConfirmDialogContent } from "./ui/ConfirmDialogContent";
export { Toasts } from "./ui/Toasts";
