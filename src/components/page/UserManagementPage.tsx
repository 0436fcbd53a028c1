import type { QueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import type { UserManagementAdapter } from "../../adapter/contract";
import { usePrefetchUsersPage } from "../../hooks/prefetchUsersPage";
import { usePermissions } from "../../hooks/usePermissions";
import { ExternalUsersPanel } from "../external-users";
import { I18nProvider, useI18n } from "../i18n/I18nContext";
import type { MessageOverrides, Messages } from "../i18n/types";
import { InvitationsPanel } from "../invitations";
import { InviteDialog } from "../invite";
import { OwnProfile } from "../own-profile";
import { Announcer, type FeedbackEvent, type FeedbackMode } from "../ui/Announcer";
import { ListState } from "../ui/ListState";
import { OptionalProvider } from "../ui/OptionalProvider";
import { type Theme, ThemeContext } from "../ui/theme";
import { useAfterFirstPaint } from "../ui/useAfterFirstPaint";
import { useRetryAll } from "../ui/useRetryAll";
import { useRootProps } from "../ui/useRootProps";
import { UserTable } from "../user-table";

/** A part of {@link UserManagementPage} that can be left out. */
export type UserManagementPageSection = "header" | "seats" | "invite" | "users" | "invitations" | "externalUsers";

/** Props of {@link UserManagementPage}. */
export interface UserManagementPageProps {
  /**
   * The backend: the memory adapter, a REST adapter, or your own. Leave it out inside a
   * `<UserManagementProvider adapter={…}>`, and the page uses that provider's adapter and cache.
   */
  adapter?: UserManagementAdapter;
  /**
   * The QueryClient to cache in; defaults to the enclosing provider's, else the host app's, else
   * one of the page's own.
   */
  queryClient?: QueryClient;
  /** BCP 47 locale for dates and numbers, e.g. "fr". Default "en". */
  locale?: string;
  /** The catalog, e.g. `fr` from `react-user-management/locales/fr`. Default English. */
  messages?: Messages;
  /** Single messages to replace. */
  overrides?: MessageOverrides;
  /** Writing direction; defaults to the locale's. */
  dir?: "ltr" | "rtl";
  /**
   * Colour theme of the page and of its dialogs and menus: `"light"`, `"dark"`, or `"system"` to
   * follow the operating system. Left out, the page is light unless an ancestor says otherwise
   * (`data-theme="dark"` or the class `dark`, e.g. on `<html>`); it never follows the system by itself.
   */
  theme?: Theme;
  className?: string;
  /**
   * R23: the upgrade call to action shown when the plan lacks multi-user access, and in place of
   * the Invite button once every seat is used (R1): your own element (e.g. a "Manage seats" link),
   * or `{ href }` for a ready-made link naming the plan to upgrade to.
   */
  upgrade?: ReactNode | { href: string };
  /** Parts to leave out, e.g. `["externalUsers"]`. */
  hide?: readonly UserManagementPageSection[];
  /** "Now" for relative times; defaults to the current time (set it in stories and tests). */
  now?: Date;
  /**
   * How results of actions (suspended, resent, saved, a failed reactivation…) are shown: `"toasts"`
   * (default), a stack at the bottom of the page's own column, or `"none"` to show them your own
   * way through `onFeedback`. Screen readers hear them either way.
   */
  feedback?: FeedbackMode;
  /** Hears every result of an action, toasts or not: `{ kind, message, detail?, action?, retry?, undo? }`. */
  onFeedback?: (event: FeedbackEvent) => void;
  /** How long a success toast stays, in milliseconds, while not hovered or focused (5000 by default). */
  toastDurationMs?: number;
}

/**
 * The whole "Users" settings page in one line: seats used ("12 of 20 seats used" and a meter,
 * `data-slot="seats-meter"`, when the plan has a limit; at the limit a notice below the header and
 * a plain, not primary, Invite) (R1), users, pending invitations and external users for people
 * who manage users; only their own profile for the others (R8); an upgrade call to action instead
 * of inviting when the plan lacks multi-user access, with existing data still shown (R23); the
 * revoked message for a viewer whose access was removed (R10). Sets up its own providers, live
 * region and toasts (`feedback`, `onFeedback`). Light unless the host asks for dark (`theme` prop,
 * or a `data-theme="dark"` / `.dark` ancestor).
 *
 * Give it an `adapter`, or render it inside a `UserManagementProvider` that the rest of the app's
 * hooks share: without either it throws an error naming the page.
 *
 * It fits the column the host gives it, down to a 320 px phone, without scrolling the document
 * sideways: its root and each list are CSS size containers, so their narrow layouts follow that
 * column's width, not the window's (give the root a width, as any block in normal flow has).
 *
 * @example
 * ```tsx
 * <UserManagementPage adapter={adapter} locale="fr" messages={fr} upgrade={{ href: "/billing" }} />
 *
 * <UserManagementProvider adapter={adapter}>
 *   <UserManagementPage upgrade={{ href: "/billing" }} />
 * </UserManagementProvider>
 * ```
 */
export function UserManagementPage({
  adapter,
  queryClient,
  locale,
  messages,
  overrides,
  dir,
  theme,
  ...props
}: UserManagementPageProps) {
  return (
    <OptionalProvider component="UserManagementPage" adapter={adapter} queryClient={queryClient}>
      <I18nProvider locale={locale} messages={messages} overrides={overrides} dir={dir}>
        <ThemeContext.Provider value={theme}>
          <PageContent {...props} />
        </ThemeContext.Provider>
      </I18nProvider>
    </OptionalProvider>
  );
}

function PageContent({
  className,
  upgrade,
  hide = [],
  now,
  feedback,
  onFeedback,
  toastDurationMs,
}: Pick<
  UserManagementPageProps,
  "className" | "upgrade" | "hide" | "now" | "feedback" | "onFeedback" | "toastDurationMs"
>) {
  const { messages } = useI18n();
  const m = messages.page;
  const retryAll = useRetryAll();
  const show = (section: UserManagementPageSection) => !hide.includes(section);
  usePrefetchUsersPage("UserManagementPage", { users: show("users") });
  const { viewer, account, managesUsers, isPending, error, can } = usePermissions();
  // The users' rows first: the sections below them, and their requests, a frame later.
  const belowUsers = useAfterFirstPaint(managesUsers || !show("users"));

  let content: ReactNode;
  let ownProfileOnly = false;
  let header: ReactNode = null;
  if (error?.code === "access_suspended" || viewer?.status === "suspended") {
    // R10: suspension can be undone, so it is not worded as a revocation.
    content = (
      <p data-slot="suspended" role="alert">
        {m.suspended}
      </p>
    );
  } else if (error?.code === "access_revoked" || viewer?.status === "revoked") {
    content = (
      <p data-slot="revoked" role="alert">
        {m.revoked}
      </p>
    );
  } else if (error || !viewer || !account) {
    content = <ListState error={error} errorTitle={m.sessionError} onRetry={retryAll} loading />;
  } else if (!managesUsers) {
    // R8: their profile is the page, under its own single heading; nothing suggests a list of users.
    content = <OwnProfile headingLevel={1} />;
    ownProfileOnly = true;
  } else {
    const { plan, seatsUsed } = account;
    const limit = plan.seatLimit;
    const seats = limit == null ? m.seatsUnlimited(seatsUsed) : m.seats(seatsUsed, limit);
    // Decided once permissions are all in, so a plan without multi-user never flashes the invite button.
    const invite = can("invitation.create");
    const blocked = invite.allowed || isPending ? undefined : invite.reason;
    const planLacksMultiUser = blocked === "plan_required";
    const upgradeAction =
      upgrade && typeof upgrade === "object" && "href" in upgrade ? (
        <a data-slot="button" data-variant="primary" href={upgrade.href}>
          {plan.upgradePlanName ? m.upgradeAction(plan.upgradePlanName) : m.upgradeActionGeneric}
        </a>
      ) : (
        upgrade
      );
    header = (
      <>
        {show("seats") && (
          <p data-slot="seats" data-state={blocked === "seat_limit" || planLacksMultiUser ? blocked : undefined}>
            {seats}
            {/* With a limit, a meter of the same, named by the count. */}
            {limit != null && (
              <meter data-slot="seats-meter" aria-label={seats} min={0} max={limit} value={seatsUsed} />
            )}
          </p>
        )}
        {/* R1: every seat used, the host's upgrade action takes the Invite button's place, when it has one. */}
        {show("invite") &&
          !isPending &&
          !planLacksMultiUser &&
          (blocked === "seat_limit" && upgradeAction ? upgradeAction : <InviteDialog />)}
      </>
    );
    content = (
      <>
        {/* R1: every seat is used: a notice of its own below the header, not a tail on the count. */}
        {show("seats") && blocked === "seat_limit" && (
          <p data-slot="seat-limit" role="status">
            {messages.common.seatLimitReached}
          </p>
        )}
        {show("invite") && planLacksMultiUser && (
          <section data-slot="upgrade">
            <h2>{m.upgradeTitle}</h2>
            <p>{messages.common.planRequired(plan.name)}</p>
            {upgradeAction}
          </section>
        )}
        {show("users") && <UserTable now={now} />}
        {belowUsers && show("invitations") && <InvitationsPanel now={now} />}
        {belowUsers && show("externalUsers") && <ExternalUsersPanel />}
      </>
    );
  }

  return (
    <div {...useRootProps()} data-slot="page" className={className}>
      {/* Inside the root, so the live region and the toasts are the page's own, in its column. */}
      <Announcer feedback={feedback} onFeedback={onFeedback} toastDurationMs={toastDurationMs}>
        {(show("header") || header) && !ownProfileOnly && (
          <header data-slot="page-header">
            {show("header") && (
              <div>
                <h1 data-slot="page-title">{m.title}</h1>
                <p data-slot="page-description">{m.description}</p>
              </div>
            )}
            {header}
          </header>
        )}
        {content}
      </Announcer>
    </div>
  );
}
