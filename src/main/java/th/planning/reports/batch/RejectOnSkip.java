package th.planning.reports.batch;

import java.util.List;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.core.step.skip.SkipPolicy;
import th.planning.reports.warehouse.IncomingFile;
import th.planning.reports.warehouse.Submission;
import th.planning.reports.warehouse.Warehouse;

/**
 * The last line of defence: whatever escapes reading one file (a reader bug, a library's runtime
 * exception, running out of memory on a monster file) makes that file rejected with the error,
 * instead of failing the night's run; so does a file whose rows the warehouse refuses when its chunk
 * is written (Spring Batch then writes the chunk file by file and skips it here). Errors other than
 * memory exhaustion (a broken JVM) are not one file's fault, and neither is a failure of the
 * warehouse itself (an SQL error): recording the file as rejected would fail the same way, and the
 * run must fail loudly; the files it did not record are read again by the next run.
 */
class RejectOnSkip implements SkipPolicy, SkipListener<Submission, Submission> {

    /** Where a rejection goes: the warehouse, or a staged chunk on a worker without one. */
    @FunctionalInterface
    interface Recorder {
        void record(Submission rejected) throws Exception;
    }

    private final Recorder recorder;

    RejectOnSkip(Warehouse warehouse, long runId) {
        this(s -> warehouse.write(runId, List.of(s)));
    }

    RejectOnSkip(Recorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public boolean shouldSkip(Throwable t, long skipCount) {
        return isOneFilesFault(t);
    }

    /** Whether t, thrown while reading or loading one file, is that file's fault rather than the run's. */
    static boolean isOneFilesFault(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof java.sql.SQLException) {
                return false;
            }
        }
        return t instanceof Exception || t instanceof OutOfMemoryError || t instanceof StackOverflowError;
    }

    /** The file as rejected because reading it threw t. */
    static Submission rejected(IncomingFile file, Throwable t) {
        return Submission.rejected(file, null, "could not be processed: " + describe(t));
    }

    @Override
    public void onSkipInWrite(Submission item, Throwable t) {
        reject(item.file(), "could not be loaded: " + describe(t));
    }

    private void reject(IncomingFile file, String reason) {
        try {
            recorder.record(Submission.rejected(file, null, reason));
        } catch (Exception e) {
            throw new IllegalStateException("cannot record rejected file " + file.relativePath(), e);
        }
    }

    private static String describe(Throwable t) {
        String m = t.getMessage();
        return t.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
