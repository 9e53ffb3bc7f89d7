package th.planning.reports.batch;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import th.planning.reports.warehouse.IncomingFile;

/**
 * Names each file as it is read (DEBUG; WARN with the name when reading it throws) and reports the
 * run's progress: a bar on an interactive terminal, plain log lines otherwise. Registered on the
 * partitioned step (start, end); the partitions' reader tells it of each file, so business code
 * stays silent.
 */
class ProgressListener {

    private static final Logger log = LoggerFactory.getLogger(ProgressListener.class);

    private final RunWork work;
    private final PrintStream terminal;
    private final AtomicInteger done = new AtomicInteger();
    private volatile Progress progress;

    /** @param terminal where to draw the bar, or null to log plain lines */
    ProgressListener(RunWork work, PrintStream terminal) {
        this.work = work;
        this.terminal = terminal;
    }

    /** Start and end of the whole partitioned step, not of each partition, so the count runs over all of them. */
    StepExecutionListener forPartitionedStep() {
        return new StepExecutionListener() {
            @Override
            public void beforeStep(StepExecution stepExecution) {
                start();
            }

            @Override
            public ExitStatus afterStep(StepExecution stepExecution) {
                finish();
                return null;
            }
        };
    }

    private void start() {
        done.set(0);
        progress = new Progress(work.scan().newFiles().size(), System.nanoTime());
        if (progress.total() > 0) {
            log.info("reading {} new files", progress.total());
        }
    }

    private void finish() {
        if (terminal != null && progress != null && progress.total() > 0) {
            terminal.println();
        }
    }

    void beforeFile(IncomingFile file) {
        CrashHook.beforeFile();
        log.debug("reading {}", file.relativePath());
    }

    void failed(IncomingFile file, Throwable e) {
        log.warn("reading {} failed: {}", file.relativePath(), e.toString());
    }

    void afterFile() {
        Progress p = progress;
        if (p == null) {
            return;
        }
        int n = done.incrementAndGet();
        long now = System.nanoTime();
        if (terminal != null) {
            if (p.barDue(n, now)) {
                synchronized (terminal) {
                    terminal.print("\r" + p.bar(n, now));
                    terminal.flush();
                }
            }
        } else if (p.lineDue(n, now)) {
            log.info(p.line(n, now));
        }
    }
}
