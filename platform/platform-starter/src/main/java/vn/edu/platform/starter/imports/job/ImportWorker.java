package vn.edu.platform.starter.imports.job;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Claims jobs and runs them on a bounded pool ({@code worker-threads}, one by default: imports
 * compete with the service's requests for the same database).
 *
 * <p>A job is claimed with a lease in the database, not in memory, so every node can run a worker
 * and a job whose node died is resumed by any node once its lease expires. Workers wake when an
 * upload on this node queued a job, at start-up, and every {@code poll-interval} (which picks up
 * jobs queued on other nodes and expired leases). On shutdown the running job stops after its
 * current chunk and releases its lease, so the next instance resumes it at once.
 */
public class ImportWorker implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(ImportWorker.class);

  private final ImportJobRepository repository;
  private final ImportJobProcessor processor;
  private final ImportDefinitions definitions;
  private final int threads;
  private final Duration leaseDuration;
  private final Duration pollInterval;
  private final String owner;
  private final AtomicInteger activeDrainers = new AtomicInteger();
  private final AtomicBoolean wakeRequested = new AtomicBoolean();
  private volatile boolean running;
  private ExecutorService executor;
  private ScheduledExecutorService poller;

  public ImportWorker(
      ImportJobRepository repository,
      ImportJobProcessor processor,
      ImportDefinitions definitions,
      int threads,
      Duration leaseDuration,
      Duration pollInterval) {
    this.repository = repository;
    this.processor = processor;
    this.definitions = definitions;
    this.threads = threads;
    this.leaseDuration = leaseDuration;
    this.pollInterval = pollInterval;
    // pid@host plus a random part: unique per worker instance, readable in the table
    this.owner =
        ManagementFactory.getRuntimeMXBean().getName()
            + "/"
            + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Looks for work now (returns at once; the work runs on the worker's threads). */
  public void wakeUp() {
    if (!running) {
      return;
    }
    wakeRequested.set(true);
    while (true) {
      int active = activeDrainers.get();
      if (active >= threads) {
        return; // a running drainer sees wakeRequested before it stops
      }
      if (activeDrainers.compareAndSet(active, active + 1)) {
        try {
          executor.execute(this::drain);
        } catch (RejectedExecutionException e) {
          activeDrainers.decrementAndGet();
        }
        return;
      }
    }
  }

  private void drain() {
    try {
      do {
        wakeRequested.set(false);
        while (running) {
          Optional<ImportJob> job = claim();
          if (job.isEmpty()) {
            break;
          }
          runSafely(job.get());
        }
      } while (running && wakeRequested.get());
    } finally {
      activeDrainers.decrementAndGet();
    }
    if (wakeRequested.get()) {
      wakeUp(); // a wake-up that raced with this drainer's last look
    }
  }

  private Optional<ImportJob> claim() {
    try {
      return repository.claimNext(owner, leaseDuration, definitions.types());
    } catch (RuntimeException e) {
      log.warn("Import worker could not claim a job: {}", e.getClass().getName());
      return Optional.empty();
    }
  }

  private void runSafely(ImportJob job) {
    try {
      processor.run(job, () -> !running || Thread.currentThread().isInterrupted());
    } catch (Throwable t) {
      // Errors (and anything unexpected) leave the job as a dead JVM would: RUNNING under a lease
      // that expires, after which it resumes from its checkpoint (bounded by max-attempts).
      log.error(
          "Import job {} stopped by {}; it resumes from its checkpoint when its lease expires",
          job.id(),
          t.getClass().getName());
    }
  }

  @Override
  public synchronized void start() {
    if (running) {
      return;
    }
    AtomicInteger counter = new AtomicInteger();
    executor =
        new ThreadPoolExecutor(
            threads,
            threads,
            60,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            runnable -> {
              Thread thread = new Thread(runnable, "import-worker-" + counter.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    poller =
        new ScheduledThreadPoolExecutor(
            1,
            runnable -> {
              Thread thread = new Thread(runnable, "import-poller");
              thread.setDaemon(true);
              return thread;
            });
    running = true;
    poller.scheduleWithFixedDelay(
        this::wakeUp, 0, Math.max(1, pollInterval.toMillis()), TimeUnit.MILLISECONDS);
    log.info("Import worker {} started with {} thread(s)", owner, threads);
  }

  @Override
  public synchronized void stop() {
    if (!running) {
      return;
    }
    running = false;
    poller.shutdownNow();
    executor.shutdown();
    try {
      if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
    log.info("Import worker {} stopped", owner);
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** The lease owner this worker writes into the jobs it claims. */
  public String owner() {
    return owner;
  }
}
