import { type Fold, foldedName, foldForSearch, rememberingFold } from "../../core/foldText";
import type { User } from "../../core/types";
import type { Job } from "./backgroundWork";
import { firstPast } from "./firstPast";

/** Users per chunk: one background step builds one chunk (about a millisecond's work). */
export const SEARCH_CHUNK = 1024;
/** Between records of a column; a match across it is refused by the records' bounds. */
const SEPARATOR = "\n";
/** Between name and email in the text a needle is matched against (a needle may hold it). */
const NAME_EMAIL = "\u0000";

/** The records a search reads, by slot. */
export interface SlotRecords {
  readonly slotCount: number;
  at(slot: number): User | undefined;
}

/** One column of a chunk: its records' folded texts joined; record r ends (exclusive) at `ends[r]`. */
interface Column {
  text: string;
  ends: Uint32Array;
}

interface Chunk {
  names: Column;
  emails: Column;
}

/**
 * R1: which users' folded name or email contains a piece of text, over 100,000 users without
 * folding them per search. The folded texts of each chunk of {@link SEARCH_CHUNK} slots are joined
 * into one string per column (Latin text stays one byte a character) that `indexOf` scans, with a
 * typed array of record ends: a few MB, no object per user. Chunks are built one background step at
 * a time (this is the job); a chunk not built yet, or changed since, is read from the records, so a
 * search answers the same whatever has been built.
 */
export class SearchText implements Job {
  private readonly chunks: (Chunk | undefined)[] = [];
  private fold: Fold | undefined;

  constructor(
    private readonly records: SlotRecords,
    private readonly chunkSize = SEARCH_CHUNK,
  ) {}

  /** Chunks built and current, out of {@link chunkCount}. */
  get builtCount(): number {
    let built = 0;
    for (let c = 0; c < this.chunkCount; c++) if (this.chunks[c]) built++;
    return built;
  }

  get chunkCount(): number {
    return Math.ceil(this.records.slotCount / this.chunkSize);
  }

  /** The slot's record changed, appeared or went: its chunk is read from the records until rebuilt. */
  touch(slot: number): void {
    this.chunks[Math.floor(slot / this.chunkSize)] = undefined;
  }

  /** Builds the first missing chunk. */
  step(): boolean {
    const missing = this.firstMissing();
    if (missing >= 0) this.chunks[missing] = this.build(missing);
    const isDone = this.firstMissing() < 0;
    // The names remembered while building are dropped once built: nothing stays beside the index.
    if (isDone) this.fold = undefined;
    return isDone;
  }

  /** Calls `visit` with every slot whose folded name or email contains `needle`, in slot order. */
  find(needle: string, visit: (slot: number) => void): void {
    const fold = rememberingFold();
    const marks = new Uint8Array(this.chunkSize);
    const chunkFor = this.chunksFor(needle);
    for (let c = 0; c < this.chunkCount; c++) {
      const from = c * this.chunkSize;
      const to = Math.min(this.records.slotCount, from + this.chunkSize);
      const chunk = chunkFor(c);
      if (!chunk) {
        for (let slot = from; slot < to; slot++) {
          const user = this.records.at(slot);
          if (user && contains(user, needle, fold)) visit(slot);
        }
        continue;
      }
      marks.fill(0);
      markMatches(chunk.names, needle, marks);
      markMatches(chunk.emails, needle, marks);
      for (let record = 0; record < to - from; record++) if (marks[record]) visit(from + record);
    }
  }

  /**
   * Calls `visit` with each of `slots` (ascending) whose user holds `needle`: how a longer needle is
   * looked for among a shorter one's matches, which hold all of its own.
   */
  findAmong(needle: string, slots: Int32Array, visit: (slot: number) => void): void {
    const fold = rememberingFold();
    const chunkFor = this.chunksFor(needle);
    for (const slot of slots) {
      const c = Math.floor(slot / this.chunkSize);
      const chunk = chunkFor(c);
      const record = slot - c * this.chunkSize;
      // The chunk's folded texts, when built: no name to fold again.
      const user = chunk ? undefined : this.records.at(slot);
      const isMatch = chunk
        ? holds(chunk.names, record, needle) || holds(chunk.emails, record, needle)
        : user !== undefined && contains(user, needle, fold);
      if (isMatch) visit(slot);
    }
  }

  /**
   * The built chunk whose folded texts answer `needle`, by chunk number; none for an empty needle or
   * one spanning a name and its email (the texts hold them apart), which read the records instead.
   */
  private chunksFor(needle: string): (c: number) => Chunk | undefined {
    const usable = needle !== "" && !needle.includes(NAME_EMAIL);
    return (c) => (usable ? this.chunks[c] : undefined);
  }

  private firstMissing(): number {
    for (let c = 0; c < this.chunkCount; c++) if (!this.chunks[c]) return c;
    return -1;
  }

  private build(c: number): Chunk {
    this.fold ??= rememberingFold();
    const fold = this.fold;
    const from = c * this.chunkSize;
    const to = Math.min(this.records.slotCount, from + this.chunkSize);
    const names: string[] = [];
    const emails: string[] = [];
    for (let slot = from; slot < to; slot++) {
      const user = this.records.at(slot);
      names.push(user ? foldedName(user, fold) : "");
      emails.push(user ? foldForSearch(user.email) : "");
    }
    return { names: column(names), emails: column(emails) };
  }
}

/** The one definition of a match: the folded "first last", then the folded email, holds the needle. */
function contains(user: User, needle: string, fold: Fold): boolean {
  const name = foldedName(user, fold);
  const email = foldForSearch(user.email);
  if (needle.includes(NAME_EMAIL)) return `${name}${NAME_EMAIL}${email}`.includes(needle);
  return name.includes(needle) || email.includes(needle);
}

function column(texts: readonly string[]): Column {
  const ends = new Uint32Array(texts.length);
  let offset = 0;
  for (let record = 0; record < texts.length; record++) {
    offset += (texts[record] as string).length;
    ends[record] = offset;
    offset += SEPARATOR.length;
  }
  return { text: texts.join(SEPARATOR), ends };
}

/** Whether the column's text of `record` holds `needle`. */
function holds({ text, ends }: Column, record: number, needle: string): boolean {
  const end = ends[record] as number;
  const start = record === 0 ? 0 : (ends[record - 1] as number) + 1;
  return text.slice(start, end).includes(needle);
}

/** Marks every record of the column that holds `needle` wholly within its own text. */
function markMatches({ text, ends }: Column, needle: string, marks: Uint8Array): void {
  let from = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, from)) {
    const record = firstPast(ends.length, (r) => (ends[r] as number) > at);
    const start = record === 0 ? 0 : (ends[record - 1] as number) + SEPARATOR.length;
    const end = ends[record] as number;
    if (at >= start && at + needle.length <= end) {
      marks[record] = 1;
      // The record is found: look on from the next one.
      from = end + SEPARATOR.length;
    } else {
      from = at + 1;
    }
  }
}
