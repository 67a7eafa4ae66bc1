/**
 * The hub server's tables, as Kysely sees them. The same on SQLite and PostgreSQL, so every
 * column is of a type both store alike: text, 32-bit integers, 64-bit integers (read back as
 * numbers on both), and times as ISO-8601 text in UTC (`toISOString()`), which sorts as time
 * does. No booleans: a flag is the time it was set, or null; a setting is the integer 0 or 1.
 */
import type { Generated } from 'kysely';

/** A community hub: its tablets, coordinators and learners are its own and no other hub's. */
export interface HubsTable {
  /** "hub-" and a UUIDv7. */
  id: string;
  name: string;
  created_at: string;
  /**
   * The arrival number the hub's latest event took. Bumped inside every push's transaction,
   * which holds the hub's row until it commits: pushes to one hub take their turns, and
   * arrival numbers are handed out in the order their transactions commit.
   */
  last_arrival: Generated<number>;
  /**
   * 1 (the default): the hub's tablets that can tell their connection send only on Wi-fi or
   * ethernet, never on mobile data; 0: on any connection. An integer, as both databases store it.
   */
  wifi_only: Generated<0 | 1>;
}

export interface CoordinatorsTable {
  id: string;
  hub_id: string;
  /** Lower-cased, unique across the server: it is how a coordinator signs in. */
  email: string;
  /** scrypt from node:crypto, with its parameters and salt in the string. */
  password_hash: string;
  created_at: string;
}

/** Signed-in coordinators, in the database so that several server processes agree. */
export interface CoordinatorSessionsTable {
  /** SHA-256 of the session token: the token itself is only in the coordinator's cookie. */
  token_hash: string;
  coordinator_id: string;
  created_at: string;
  expires_at: string;
}

/** An enrolled tablet. */
export interface DevicesTable {
  /** "device-" and a UUIDv7, given at enrolment. */
  id: string;
  hub_id: string;
  /** What the coordinator calls it ("Tablet 3"). */
  name: string;
  /** SHA-256 of the device token: the token itself is only on the tablet. */
  token_hash: string;
  enrolled_at: string;
  /** When a coordinator revoked it; null while it may sync. */
  revoked_at: string | null;
  /** The highest seq received from it: seqs missing below it are gaps (see seq_gaps). */
  last_seq: Generated<number>;
  /** When it last pushed, for the coordinator's list of tablets. */
  last_push_at: string | null;
  /** When it last pushed or pulled: the last time the hub heard from it. */
  last_sync_at: string | null;
  /**
   * How many events the tablet said it still had to send after its last push (its
   * Hubsteps-Waiting header): its work not yet on the hub. Null until it first says.
   */
  waiting: number | null;
}

/** The `local-…` id a tablet wrote under before it was enrolled: the same device, the same seqs. */
export interface DeviceAliasesTable {
  alias: string;
  device_id: string;
  created_at: string;
}

/** A one-time code a coordinator makes and a volunteer types on a tablet to enrol it. */
export interface EnrolmentCodesTable {
  /** SHA-256 of the code. */
  code_hash: string;
  hub_id: string;
  created_by: string;
  created_at: string;
  expires_at: string;
  /** When it enrolled a tablet; a used code never enrols another. */
  used_at: string | null;
  device_id: string | null;
}

/** Every learning event a tablet pushed and the server accepted: the record of truth. */
export interface EventsTable {
  /** The event's own UUIDv7, made on the tablet: the idempotency key. */
  id: string;
  hub_id: string;
  /** The enrolled device that pushed it (the event's own deviceId may be its `local-…` alias). */
  device_id: string;
  seq: number;
  learner_id: string;
  type: string;
  /** The whole event as validated, as JSON with its keys in order: compared byte for byte. */
  body: string;
  /** The order the event reached this hub's server: increasing, committed in order, per hub. */
  arrival: number;
  received_at: string;
}

/** Pushed events the server refused, with why: nothing a tablet sends is dropped silently. */
export interface QuarantineTable {
  /** SHA-256 of the device and the payload: the same refusal sent again is kept once. */
  id: string;
  hub_id: string;
  device_id: string;
  /** The event's id when it had a usable one. */
  event_id: string | null;
  reason: string;
  /** What was sent, as JSON. */
  payload: string;
  received_at: string;
}

export type GapKind = 'discarded' | 'unexplained';

/**
 * Runs of a device's seqs the server has not received: `discarded` when the tablet recorded
 * throwing them away (a learner removed, the tablet cleared), `unexplained` otherwise.
 */
export interface SeqGapsTable {
  device_id: string;
  from_seq: number;
  to_seq: number;
  kind: GapKind;
  recorded_at: string;
}

/** Tries at restoring a learner from their code, counted here so limits hold across processes. */
export interface RestoreAttemptsTable {
  /** A UUIDv7. */
  id: string;
  hub_id: string;
  device_id: string;
  at: string;
  outcome: 'restored' | 'unknown-code';
}

/**
 * A learner as the server knows them, made by the first event of theirs it accepts. A learner
 * belongs to the hub of the first tablet that pushed an event of theirs, and to no other: other
 * hubs' tablets can neither push nor pull their events.
 */
export interface LearnersTable {
  /** "learner-" and a UUIDv7, made on the tablet. */
  learner_id: string;
  hub_id: string;
  /**
   * The learner code the server holds for them, unique in the hub: from their latest profile,
   * unless another learner of the hub already held that code (then the code before it stays).
   * Null until a profile of theirs gives them a code nobody else holds.
   */
  code: string | null;
  /** The arrival number of their latest profile (`learner.profiled`); null before their first. */
  profile_arrival: number | null;
}

/**
 * Tries at something limited (enrolling, signing in), counted per key ("sign-in:address:…") in
 * fixed windows. In the database, so a limit holds however many server processes there are.
 */
export interface TriesTable {
  /** What is limited and for whom; an address, or a hash of an email, never an email itself. */
  key: string;
  /** When the current window began. */
  window_start: string;
  /** Tries in the current window, this one included. */
  count: number;
}

export interface ServerDatabase {
  hubs: HubsTable;
  coordinators: CoordinatorsTable;
  coordinator_sessions: CoordinatorSessionsTable;
  devices: DevicesTable;
  device_aliases: DeviceAliasesTable;
  enrolment_codes: EnrolmentCodesTable;
  events: EventsTable;
  quarantine: QuarantineTable;
  seq_gaps: SeqGapsTable;
  restore_attempts: RestoreAttemptsTable;
  tries: TriesTable;
  learners: LearnersTable;
}
