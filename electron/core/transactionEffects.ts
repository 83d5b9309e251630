/**
 * Work outside the database that must follow a transaction's outcome, e.g. files in the
 * attachment store: a file no row names any more is deleted only after the commit that
 * dropped the row, and a file written for a transaction that rolled back is removed again.
 * Dispatch settles these inside the request's turn of the serial queue, so no other request
 * can run between the commit and the clean-up.
 *
 * The database is the source of truth: effects are best-effort clean-ups, never steps a
 * record depends on. One that fails (or a crash before it runs) leaves at most an
 * unreferenced file, which the start-up sweep removes (attachments/store.ts).
 */
export type Effect = () => Promise<void> | void;

export class TransactionEffects {
  private readonly committed: Effect[] = [];
  private readonly rolledBack: Effect[] = [];

  /** Runs once the change is durable. */
  afterCommit(effect: Effect): void {
    this.committed.push(effect);
  }

  /** Runs if the change is abandoned (a rule failed, the commit failed). */
  onRollback(effect: Effect): void {
    this.rolledBack.push(effect);
  }

  /** Runs the effects for the outcome, in order; a failing effect is reported and skipped. */
  async settle(outcome: 'committed' | 'rolledBack', report: (error: unknown) => void): Promise<void> {
    // Each list runs at most once, and only the one matching the outcome.
    const effects = [...(outcome === 'committed' ? this.committed : this.rolledBack)];
    this.committed.length = 0;
    this.rolledBack.length = 0;
    for (const effect of effects) {
      try {
        await effect();
      } catch (error) {
        report(error);
      }
    }
  }
}
