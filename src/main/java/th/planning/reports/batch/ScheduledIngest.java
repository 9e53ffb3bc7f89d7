package th.planning.reports.batch;

import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;

/**
 * {@code report-etl serve}: runs the job on a cron schedule inside one long-lived process. Each firing
 * calls {@link IngestRunner#run} afresh, so every run takes the warehouse's run lock, opens its own
 * Spring context and warehouse connection, gets a new run id, and releases all of it when done; the
 * process holds nothing between runs (status and ad-hoc runs work then). Runs never overlap: the
 * scheduler has one thread, and a run started elsewhere (cron, a person) makes this one refuse.
 */
public final class ScheduledIngest {

    private static final Logger log = LoggerFactory.getLogger(ScheduledIngest.class);

    private final CronExpression cron;
    private final String expression;
    private final Callable<RunSummary> runOnce;

    /** @throws IllegalArgumentException for an invalid cron expression (six fields, seconds first) */
    public ScheduledIngest(String expression, Callable<RunSummary> runOnce) {
        this.cron = CronExpression.parse(expression);
        this.expression = expression;
        this.runOnce = runOnce;
    }

    /** When the next run starts after {@code now}. */
    public ZonedDateTime nextRun(ZonedDateTime now) {
        return cron.next(now);
    }

    /** How a firing ended. */
    public enum Outcome {
        /** The job ran (its summary says whether it completed). */
        RAN,
        /** Another run holds the warehouse: this firing did nothing and waits for the next. */
        SKIPPED_WAREHOUSE_BUSY,
        /** The run crashed; logged with its cause, the next firing is still scheduled. */
        FAILED
    }

    /** One firing: how it ended, the run's summary when it ran, and the reason when it did not. */
    public record Firing(Outcome outcome, Optional<RunSummary> summary, String reason) {
    }

    /**
     * One scheduled firing. Never throws: a refused or failed run is logged and the schedule goes on.
     */
    public Firing runNow() {
        try {
            RunSummary summary = runOnce.call();
            log.info("scheduled run finished:\n{}", summary.render().strip());
            return new Firing(Outcome.RAN, Optional.of(summary), null);
        } catch (RunLock.AlreadyRunningException e) {
            log.warn("scheduled run skipped: {}", e.getMessage());
            return new Firing(Outcome.SKIPPED_WAREHOUSE_BUSY, Optional.empty(), e.getMessage());
        } catch (Exception e) {
            log.error("scheduled run failed; the next one is still scheduled", e);
            return new Firing(Outcome.FAILED, Optional.empty(), String.valueOf(e.getMessage()));
        }
    }

    public ScheduledFuture<?> start(TaskScheduler scheduler) {
        log.info("serving: runs on '{}', next at {}", expression, nextRun(ZonedDateTime.now()));
        return scheduler.schedule(this::runNow, new CronTrigger(expression));
    }
}
