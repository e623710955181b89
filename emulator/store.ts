import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { INVITE_LIFETIME_DAYS, DAY_MS, type SiteState } from './model.js';
import { seedState, type SeedName } from './seeds.js';

export interface FaultRule {
  method?: string;
  /** Path prefix (or exact path) the rule matches, e.g. `/invites/site-invite/bulk`. */
  path: string;
  status?: number;
  delayMs?: number;
  /** How many matching requests fail; unlimited when absent. */
  times?: number;
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
  private idCounter = 0;

  constructor(private readonly stateFile?: string, seed: SeedName = 'demo') {
    this.state = stateFile && existsSync(stateFile) ? (JSON.parse(readFileSync(stateFile, 'utf8')) as SiteState) : seedState(seed, Date.now());
    this.save();
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

  reset(seed: SeedName): void {
    this.state = seedState(seed, Date.now());
    this.faults = [];
    this.requests = [];
    this.save();
  }

  advanceDays(days: number): void {
    this.state.clockOffsetMs += days * DAY_MS;
    this.expireInvites();
  }

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
