import type { OutboxMessage } from "./shared";

/** Where the demo "mails" invitations: kept in memory, like the rest of its data, newest first. */
export interface MemoryOutbox {
  add(message: Omit<OutboxMessage, "id">): void;
  list(): OutboxMessage[];
}

export function createMemoryOutbox(): MemoryOutbox {
  const messages: OutboxMessage[] = [];
  return {
    add(message) {
      messages.unshift({ id: messages.length + 1, ...message });
    },
    list: () => [...messages],
  };
}
