import { useEffect, useState } from "react";
import type { DemoPerson } from "../shared";

/** Props of {@link ViewerSwitcher}. */
export interface ViewerSwitcherProps {
  people: readonly DemoPerson[];
  viewerId: string;
  onChange(id: string): void;
}

const GROUPS: { group: DemoPerson["group"]; label: string }[] = [
  { group: "owner", label: "Owners" },
  { group: "standard", label: "Standard roles" },
  { group: "custom", label: "Custom roles" },
  { group: "external", label: "External users" },
];

function optionLabel(person: DemoPerson): string {
  const status = person.status === "active" ? "" : ` (${person.status})`;
  const home = person.homeAccount ? `, from ${person.homeAccount}` : "";
  return `${person.name} — ${person.roleLabel}${home}${status}`;
}

/**
 * "Signed in as": everyone of the account, grouped by kind of role, suspended and revoked people
 * included. People deleted while the page is open stay listed under "No longer in the account", so
 * you can see what they see next. DEMO ONLY: it sets a cookie the server trusts, not a login.
 */
export function ViewerSwitcher({ people, viewerId, onChange }: ViewerSwitcherProps) {
  // Everyone seen since the page loaded, to keep deleted people switchable.
  const [seen, setSeen] = useState<ReadonlyMap<string, DemoPerson>>(new Map());
  useEffect(() => {
    setSeen((previous) => new Map([...previous, ...people.map((person) => [person.id, person] as const)]));
  }, [people]);
  const present = new Set(people.map((person) => person.id));
  const gone = [...seen.values()].filter((person) => !present.has(person.id));
  if (!present.has(viewerId) && !seen.has(viewerId)) gone.push({ ...unknownPerson, id: viewerId, name: viewerId });

  return (
    <div className="demo-switcher">
      <label htmlFor="demo-viewer">Signed in as</label>
      <select
        id="demo-viewer"
        value={viewerId}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby="demo-viewer-note"
      >
        {GROUPS.map(({ group, label }) => {
          const members = people.filter((person) => person.group === group);
          return members.length === 0 ? null : (
            <optgroup key={group} label={label}>
              {members.map((person) => (
                <option key={person.id} value={person.id}>
                  {optionLabel(person)}
                </option>
              ))}
            </optgroup>
          );
        })}
        {gone.length > 0 && (
          <optgroup label="No longer in the account">
            {gone.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name} (deleted)
              </option>
            ))}
          </optgroup>
        )}
      </select>
      <p id="demo-viewer-note" className="demo-note">
        Demo only: this sets a cookie the server trusts as it is. It is not authentication.
      </p>
    </div>
  );
}

const unknownPerson: DemoPerson = { id: "", name: "", email: "", roleLabel: "", group: "standard", status: "revoked" };
