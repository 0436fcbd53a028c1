import type { OutboxMessage } from "../shared";

/** Props of {@link OutboxPanel}. */
export interface OutboxPanelProps {
  messages: readonly OutboxMessage[] | undefined;
  error: unknown;
  onRefresh(): void;
}

const dateTime = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

/**
 * The development outbox: the invitation mails the server "sent", newest first, each with its accept
 * link. Resending an invitation adds a new mail; the older link then stops working (R13), as in a
 * real mailbox.
 */
export function OutboxPanel({ messages, error, onRefresh }: OutboxPanelProps) {
  const now = Date.now();
  return (
    <aside className="demo-outbox" aria-labelledby="demo-outbox-title">
      <div className="demo-outbox-head">
        <h2 id="demo-outbox-title">Development outbox</h2>
        <button type="button" onClick={onRefresh}>
          Refresh
        </button>
      </div>
      <p className="demo-note">
        Invitations land here instead of being mailed. Open a link to accept as the invitee would.
      </p>
      {error ? (
        <p role="alert">The outbox could not be loaded.</p>
      ) : !messages ? (
        <p role="status">Loading…</p>
      ) : messages.length === 0 ? (
        <p>No mail yet.</p>
      ) : (
        <ol className="demo-mails" aria-label="Sent invitations">
          {messages.map((message) => {
            const expired = Date.parse(message.expiresAt) <= now;
            return (
              <li key={message.id} className="demo-mail" data-expired={expired || undefined}>
                <p>
                  <span className="demo-mail-label">To</span> <bdi>{message.to}</bdi>
                  {message.name && (
                    <>
                      {" "}
                      (<bdi>{message.name}</bdi>)
                    </>
                  )}
                </p>
                <p>
                  Join as {message.roleLabel}
                  {message.invitedBy && (
                    <>
                      , invited by <bdi>{message.invitedBy}</bdi>
                    </>
                  )}
                </p>
                <p className="demo-note">
                  Sent {dateTime.format(new Date(message.sentAt))} ·{" "}
                  {expired ? "expired" : `valid until ${dateTime.format(new Date(message.expiresAt))}`}
                </p>
                <a href={new URL(message.link, window.location.origin).toString()}>
                  Open the accept link sent to <bdi>{message.to}</bdi>
                </a>
              </li>
            );
          })}
        </ol>
      )}
    </aside>
  );
}
