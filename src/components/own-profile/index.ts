export { OwnProfile, type OwnProfileProps } from "./OwnProfile";
