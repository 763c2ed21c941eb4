// How many checks run at once, and how many bytes of pages they hold between them. A check that does not fit is
// refused at once (the route answers 503), rather than queued: a flood of large pages must not take the memory or
// the time the rest of the service needs.

export interface CheckSlot {
  /** Holds more bytes (a fetched page); false when they do not fit, and then nothing more is held. */
  grow(bytes: number): boolean;
  /** Gives the slot back. Safe to call more than once. */
  release(): void;
}

export interface CheckLimits {
  /** Checks at the same time. */
  checks: number;
  /** Bytes of pages (sent, or fetched) all running checks may hold. */
  bytes: number;
}

export class CheckCapacity {
  private running = 0;
  private held = 0;

  constructor(readonly limits: CheckLimits) {}

  /** A slot holding `bytes`, or undefined when there is no room. */
  take(bytes: number): CheckSlot | undefined {
    if (this.running >= this.limits.checks || this.held + bytes > this.limits.bytes) return undefined;
    this.running++;
    this.held += bytes;
    let mine = bytes;
    let open = true;
    return {
      grow: (more) => {
        if (!open || this.held + more > this.limits.bytes) return false;
        this.held += more;
        mine += more;
        return true;
      },
      release: () => {
        if (!open) return;
        open = false;
        this.running--;
        this.held -= mine;
      },
    };
  }

  get inUse() {
    return { checks: this.running, bytes: this.held };
  }
}
