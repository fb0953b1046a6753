/** Counts turns in flight and refuses new ones once the service starts to stop. */
export class TurnGate {
  private accepting = true;
  private inFlight = 0;

  get isAccepting(): boolean {
    return this.accepting;
  }

  /** Runs a turn, or returns false without running it when the service is stopping. */
  async run(turn: () => Promise<void>): Promise<boolean> {
    if (!this.accepting) return false;
    this.inFlight++;
    try {
      await turn();
      return true;
    } finally {
      this.inFlight--;
    }
  }

  /** No new turns; waits (up to `withinMs`) for the ones in flight. */
  async drain(withinMs = 10_000): Promise<void> {
    this.accepting = false;
    const deadline = Date.now() + withinMs;
    while (this.inFlight > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
  }
}
