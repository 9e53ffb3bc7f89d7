package th.planning.reports.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import th.planning.reports.batch.IngestRunner;
import th.planning.reports.batch.RunHistory;
import th.planning.reports.batch.RunLock;
import th.planning.reports.batch.RunSummary;
import th.planning.reports.batch.ScheduledIngest;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import th.planning.reports.document.Document;
import th.planning.reports.reading.DocumentReaders;
import th.planning.reports.thai.Orthography;
import th.planning.reports.thai.ThaiText;

/** {@code java -jar target/report-etl.jar <command>}. */
@Command(name = "report-etl", mixinStandardHelpOptions = true,
        description = "Reads Thai quarterly performance reports (Word, PDF, Excel) into a DuckDB warehouse.",
        subcommands = {ReportEtl.Ingest.class, ReportEtl.Serve.class, ReportEtl.Status.class, ReportEtl.Text.class,
            InspectCommand.class,
            QueryCommand.class})
public final class ReportEtl implements Runnable {

    public static void main(String[] args) {
        java.util.OptionalInt relaunched = Utf8Relaunch.ifNeeded();
        if (relaunched.isPresent()) {
            System.exit(relaunched.getAsInt());
        }
        System.exit(new CommandLine(new ReportEtl()).execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    @Command(name = "ingest", description = "Load every new file of the drop folder into the warehouse.")
    static final class Ingest implements Callable<Integer> {
        @Mixin
        IngestOptions options;

        @Override
        public Integer call() throws Exception {
            if (!java.nio.file.Files.isDirectory(options.input)) {
                System.err.println("report-etl: drop folder " + options.input.toAbsolutePath() + " does not exist");
                return 2;
            }
            try {
                RunSummary summary = IngestRunner.run(options.input, options.warehouse, options.threadCount(),
                        options.springProperties());
                System.out.print(summary.render());
                return summary.completed() ? 0 : 1;
            } catch (RunLock.AlreadyRunningException e) {
                System.err.println("report-etl: " + e.getMessage());
                return 3;
            }
        }
    }

    @Command(name = "serve", description = "Stay running and ingest on a schedule (for servers without cron or systemd).")
    static final class Serve implements Callable<Integer> {
        @Option(names = "--cron", required = true,
                description = "Spring cron expression, seconds first, e.g. \"0 0 2 * * *\" for 02:00 every night")
        String cron;

        @Mixin
        IngestOptions options;

        @Override
        public Integer call() throws Exception {
            ScheduledIngest schedule;
            try {
                schedule = new ScheduledIngest(cron, () -> IngestRunner.run(options.input, options.warehouse,
                        options.threadCount(), options.springProperties()));
            } catch (IllegalArgumentException e) {
                System.err.println("report-etl: invalid --cron: " + e.getMessage());
                return 2;
            }
            ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
            scheduler.setPoolSize(1);                // one run at a time in this process
            scheduler.setThreadNamePrefix("serve-");
            scheduler.initialize();
            System.out.println("report-etl: serving, next run at " + schedule.nextRun(java.time.ZonedDateTime.now()));
            schedule.start(scheduler);
            new java.util.concurrent.CountDownLatch(1).await();   // until the process is stopped
            return 0;
        }
    }

    @Command(name = "status", description = "Show the last runs, the ones that did not complete and why, and the"
            + " files the last run rejected. Reads the warehouse read-only; works while no run is active.")
    static final class Status implements Callable<Integer> {
        @Option(names = "--warehouse", defaultValue = "warehouse", description = "output directory (default: ${DEFAULT-VALUE})")
        Path warehouse;

        @Option(names = "--last", defaultValue = "10", description = "how many runs (default: ${DEFAULT-VALUE})")
        int last;

        @Option(names = "--job-repository-url",
                description = "JDBC URL of the Spring Batch job repository (default: H2 file in <warehouse>/batch)")
        String jobRepositoryUrl;

        @Override
        public Integer call() throws Exception {
            try {
                System.out.print(RunHistory.render(RunHistory.read(warehouse, jobRepositoryUrl, last)));
                return 0;
            } catch (RunHistory.WarehouseBusyException e) {
                System.err.println("report-etl: " + e.getMessage());
                return 3;
            }
        }
    }

    @Command(name = "text", description = "Print a document's canonical text as the extractor sees it.")
    static final class Text implements Callable<Integer> {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Option(names = "--raw", description = "print the text before Thai canonicalization")
        boolean raw;

        @Override
        public Integer call() throws Exception {
            Document rawDoc = DocumentReaders.withCanonicalizer(s -> s).read(file);
            String rawText = rawDoc.text();
            String canonical = DocumentReaders.withCanonicalizer(ThaiText::canonicalize).read(file).text();
            System.out.println(raw ? rawText : canonical);
            System.err.printf("%s: %s, Thai orthography violations: %d raw, %d canonical%n", file,
                    rawDoc.format().label(), Orthography.countViolations(rawText), Orthography.countViolations(canonical));
            return 0;
        }
    }
}
