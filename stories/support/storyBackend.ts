import type { CapabilitiesResult, UserManagementAdapter, UserManagementDataset } from "../../src/adapter";
import { createMemoryAdapter, generateDataset, type Latency, type MemoryAdapter } from "../../src/adapters/memory";
import type { Plan, RolePresetName, UserManagementErrorCode } from "../../src/core";
import { createManualClock } from "../../src/core";

/** What a story's memory backend looks like: `parameters.backend` of a story. */
export interface StoryBackend {
  /** Users in the account: 10 (default), 1,000 or 100,000. */
  size?: number;
  preset?: RolePresetName;
  /** Who is signed in; defaults to `user-1`, an active owner. */
  viewerId?: string;
  latency?: Latency;
  plan?: Plan;
  /** Failures for the first calls of these methods, e.g. `{ listUsers: "unavailable" }`. */
  fail?: Partial<Record<keyof UserManagementAdapter, UserManagementErrorCode>>;
  /** Runs once on the fresh adapter before the story renders, e.g. to change data. */
  setup?(adapter: MemoryAdapter): void;
  /** A whole account to start from instead of a generated one (then size, preset and plan are unused). */
  dataset?: UserManagementDataset;
  /** `down`: every invitation email fails; invitations are stored all the same (R30). */
  mail?: "down";
  /** What the backend declares (`getCapabilities`): capabilities it lacks, its product choices. */
  declares?: CapabilitiesResult;
}

/** The "today" of every story, so relative times and expiry read the same on every run. */
export const STORY_NOW = "2026-01-15T09:00:00.000Z";

const datasets = new Map<string, ReturnType<typeof generateDataset>>();

/** An outbox that always fails, reported nowhere: the story shows the failure itself. */
const mailDown = {
  onInvitationSent() {
    throw new Error("The mail server is down.");
  },
  onError() {},
};

/** A fresh memory adapter per story; generated accounts are cached by size and preset. */
export function createStoryAdapter(backend: StoryBackend = {}): MemoryAdapter {
  const { size = 10, preset = "administrator-user-custom", plan } = backend;
  const key = `${size}:${preset}:${plan?.id ?? "pro"}:${plan?.seatLimit ?? "none"}:${plan?.multiUser ?? true}`;
  let dataset = backend.dataset ?? datasets.get(key);
  if (!dataset) {
    dataset = generateDataset({ size, rolePreset: preset, now: STORY_NOW, ...(plan ? { plan } : {}) });
    datasets.set(key, dataset);
  }
  const adapter = createMemoryAdapter({
    dataset,
    clock: createManualClock(STORY_NOW),
    ...(backend.viewerId ? { viewerId: backend.viewerId } : {}),
    ...(backend.latency !== undefined ? { latency: backend.latency } : {}),
    ...(backend.mail === "down" ? mailDown : {}),
    ...(backend.declares ? { declares: backend.declares } : {}),
  });
  for (const [method, code] of Object.entries(backend.fail ?? {})) {
    adapter.failNext(code, method as keyof UserManagementAdapter);
  }
  backend.setup?.(adapter);
  return adapter;
}
