/**
 * Runs tasks one at a time. TypeORM's SQLite driver shares one connection and one query
 * runner, so two requests interleaving at an await would share a transaction; queueing
 * them keeps each request's reads and writes its own. better-sqlite3 is synchronous, so
 * nothing that could run in parallel is lost.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
