export { InvitationsPanel, type InvitationsPanelProps } from "./InvitationsPanel";
