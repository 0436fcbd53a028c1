import type { en } from "./en";

/** Every visible string of the components, by section. Values are text or functions of their parts. */
export type Messages = typeof en;
/** The shared section: statuses, buttons, errors and denial reasons. */
export type CommonMessages = Messages["common"];

type DeepPartial<T> = { [K in keyof T]?: T[K] extends (...args: never[]) => unknown ? T[K] : DeepPartial<T[K]> };

/** Any subset of the catalog, to override single messages: `{ userTable: { empty: "Nobody here" } }`. */
export type MessageOverrides = DeepPartial<Messages>;
