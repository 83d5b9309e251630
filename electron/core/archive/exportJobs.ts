import type { ExportProgressDto } from '../../../shared/dto';

export interface ExportJobProgress {
  phase: ExportProgressDto['phase'];
  done: number;
  total: number;
  bytesWritten: number;
}

export class ExportCancelled extends Error {
  constructor() {
    super('export cancelled');
    this.name = 'ExportCancelled';
  }
}

interface Job {
  progress: ExportJobProgress;
  cancelled: boolean;
  finished: Promise<void>;
}

/**
 * Exports running in the background, outside the request queue: the UI keeps working while
 * a large archive is written, and polls the progress. Only one runs at a time (they read the
 * same database and write into the same folder; one at a time keeps the disk's pace honest).
 */
export class ExportJobs {
  private readonly jobs = new Map<string, Job>();

  runningId(): string | null {
    for (const [id, job] of this.jobs) if (job.progress.phase !== 'done') return id;
    return null;
  }

  progress(id: string): ExportJobProgress | null {
    return this.jobs.get(id)?.progress ?? null;
  }

  /** Starts `run`; it reports through `progress` and calls `check()` between steps. */
  start(id: string, run: (progress: ExportJobProgress, check: () => void) => Promise<void>): void {
    const progress: ExportJobProgress = { phase: 'reading', done: 0, total: 0, bytesWritten: 0 };
    const job: Job = { progress, cancelled: false, finished: Promise.resolve() };
    const check = () => {
      if (job.cancelled) throw new ExportCancelled();
    };
    this.jobs.set(id, job);
    job.finished = run(progress, check).finally(() => {
      progress.phase = 'done';
    });
    // Errors are recorded by `run` itself (on the export's row). Finished jobs are forgotten
    // after a while; their rows tell the rest.
    void job.finished
      .catch(() => undefined)
      .then(() => {
        const timer = setTimeout(() => this.jobs.delete(id), 10 * 60 * 1000);
        timer.unref?.();
      });
  }

  /** Stops every running export and waits until each has cleaned up (before a restore or close). */
  async cancelAll(): Promise<void> {
    const running = [...this.jobs.values()].filter((j) => j.progress.phase !== 'done');
    for (const job of running) job.cancelled = true;
    await Promise.all(running.map((j) => j.finished.catch(() => undefined)));
  }
}
