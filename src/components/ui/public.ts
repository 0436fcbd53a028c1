// The building blocks a host may reuse in its own screens, with the same look and behaviour.
export {
  Announcer,
  type AnnouncerProps,
  type FeedbackEvent,
  type FeedbackMode,
  useAnnounce,
  useFeedback,
} from "./Announcer";
export { Button, type ButtonProps } from "./Button";
export { ConfirmDialog, type ConfirmDialogProps } from "./ConfirmDialog";
export { denialMessage, errorMessage } from "./describeError";
export { RelativeTime, type RelativeTimeProps } from "./RelativeTime";
