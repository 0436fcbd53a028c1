import { useState } from "react";

/** Who an {@link Avatar} is of: a user, an external user, an invitee. */
export interface AvatarPerson {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  avatarUrl?: string | undefined;
}

/** How many `--rum-avatar-N` colours styles.css defines (0 to 5). */
const TONES = 6;

/** The first character of a word, whole even when outside the BMP (an emoji, a rare Han). */
const initial = (word: string) => [...word.trim()][0] ?? "";

/**
 * A person's picture (the adapter's `avatarUrl`), or their initials on one of the theme's avatar
 * colours, picked from their id so it is the same on every render and every screen. A picture that
 * fails to load gives way to the initials. Decorative: hidden from assistive tech, since the name is
 * written beside it. Slot: `avatar` (`data-tone` 0–5).
 */
export function Avatar({ person }: { person: AvatarPerson }) {
  const { id, firstName, lastName, email, avatarUrl } = person;
  // The URL that failed, not a flag: a new URL gets its own try.
  const [broken, setBroken] = useState<string>();
  let hash = 0;
  for (const char of id) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  const tone = hash % TONES;
  const initials = (initial(firstName) + initial(lastName) || initial(email)).toLocaleUpperCase();
  return (
    <span data-slot="avatar" data-tone={tone} aria-hidden="true" style={{ background: `var(--rum-avatar-${tone})` }}>
      {avatarUrl && avatarUrl !== broken ? (
        <img src={avatarUrl} alt="" onError={() => setBroken(avatarUrl)} />
      ) : (
        initials
      )}
    </span>
  );
}
