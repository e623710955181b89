import { randomUUID } from 'node:crypto';
import { EventBus } from './events.js';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { appToken, newApiKey, pageToken } from './identity.js';
import { INVITE_LIFETIME_DAYS, DAY_MS, type SiteState } from './model.js';
import { STRICT_READINGS, type WixReadings } from './readings.js';
import { newSecret, seedState, userIdOf, type SeedName } from './seeds.js';
import { DECLARED_COLLECTIONS } from '../src/wix/declared-collections.js';

export interface FaultRule {
  method?: string;
  /** Path prefix (or exact path) the rule matches, e.g. `/invites/site-invite/bulk`. */
  path: string;
  status?: number;
  delayMs?: number;
  /** How many matching requests fail; unlimited when absent. */
  times?: number;
  /** Carry the request out, then drop the connection before answering (Wix changed, the client saw a network failure). */
  lose?: boolean;
  /** Applies only to the Nth matching request (1-based) after the rule is set; then the rule is spent. */
  nth?: number;
  /** How many matching requests an `nth` rule has seen (kept by the emulator). */
  seen?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  at: string;
}

/** Holds the emulated site; persists to a file when one is given so state survives a restart. */
export class EmulatorStore {
  state: SiteState;
  faults: FaultRule[] = [];
  requests: RecordedRequest[] = [];
  /** Events for the app's backend (Task Overdue, Contributor Created). */
  readonly events = new EventBus();
  private idCounter = 0;

  constructor(
    private readonly stateFile?: string,
    seed: SeedName = 'demo',
    private readonly defaultReadings: WixReadings = STRICT_READINGS,
  ) {
    this.state =
      stateFile && existsSync(stateFile)
        ? withIdentityFields(JSON.parse(readFileSync(stateFile, 'utf8')) as SiteState, defaultReadings)
        : seedState(seed, Date.now(), defaultReadings);
    this.save();
  }

  /** The token a dashboard page sends for a signed-in Wix user (valid while they are a contributor). */
  pageToken(accountId: string): string {
    return pageToken(this.state.secret, accountId);
  }

  /** The token the app's backend sends (the app's own, elevated identity). */
  appToken(): string {
    return appToken(this.state.secret);
  }

  /** The contributor (the owner included) whose Wix user id this is, as Token Info and Query Contributors name them. */
  personByUserId(userId: string) {
    return this.state.contributors.find((p) => this.wireUserId(p) === userId);
  }

  /** A person's user id as Wix shows it: their own user id, or the account id when the two are one. */
  wireUserId(person: { accountId: string; userId: string }): string {
    return this.state.readings.distinctIds ? person.userId : person.accountId;
  }

  createApiKey(): string {
    const key = newApiKey();
    this.state.apiKeys.push(key);
    this.save();
    return key;
  }

  deleteApiKeys(): void {
    this.state.apiKeys = [];
    this.save();
  }

  /** Ids Wix generates (items, invites, tasks, accounts) are GUIDs. */
  guid(): string {
    return randomUUID();
  }

  now(): Date {
    return new Date(Date.now() + this.state.clockOffsetMs);
  }

  nowIso(): string {
    return this.now().toISOString();
  }

  newId(prefix: string): string {
    this.idCounter += 1;
    return `${prefix}-${Date.now().toString(36)}-${this.idCounter.toString(36)}`;
  }

  /** A fresh site under these readings of Wix; the signing secret stays, so tokens handed out before still identify their holder. */
  reset(seed: SeedName, readings: WixReadings = this.defaultReadings): void {
    const { secret } = this.state;
    this.state = { ...seedState(seed, Date.now(), readings), secret };
    this.faults = [];
    this.requests = [];
    this.events.delivered = [];
    this.save();
  }

  /** The clock control keeps `at` within the years 1970–9999, so dates stay printable. */
  setClock(at: Date): void {
    this.state.clockOffsetMs = at.getTime() - Date.now();
    this.expireInvites();
  }

  /** Wix invites expire after 30 days. */
  expireInvites(): void {
    const now = this.now().getTime();
    for (const invite of this.state.invites) {
      if (invite.status === 'Pending' && Date.parse(invite.expirationDate) <= now) invite.status = 'Expired';
    }
    this.save();
  }

  inviteExpiry(from: Date): string {
    return new Date(from.getTime() + INVITE_LIFETIME_DAYS * DAY_MS).toISOString();
  }

  save(): void {
    if (this.stateFile) writeFileSync(this.stateFile, JSON.stringify(this.state));
  }
}

/** A state file written before identities existed gets them (owner signed in, no keys). */
function withIdentityFields(state: SiteState, readings: WixReadings): SiteState {
  return {
    ...state,
    readings: state.readings ?? readings,
    secrets: state.secrets ?? [],
    contributors: state.contributors.map((p) => ({ ...p, userId: p.userId ?? userIdOf(p.accountId) })),
    instanceId: state.instanceId ?? seedState('empty', Date.now()).instanceId,
    secret: state.secret ?? newSecret(),
    apiKeys: state.apiKeys ?? [],
    sessionAccountId: state.sessionAccountId ?? state.ownerAccountId,
    overdueDelivered: state.overdueDelivered ?? {},
    // A state saved before the app declared a collection gets it empty, as Wix creates the collections of a new app version.
    collections: { ...Object.fromEntries(DECLARED_COLLECTIONS.map(({ id }) => [id, []])), ...state.collections },
  };
}
