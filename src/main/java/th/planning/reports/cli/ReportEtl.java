package th.planning.reports.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import th.planning.reports.batch.IngestRunner;
import th.planning.reports.batch.InvalidSettingException;
import th.planning.reports.batch.RunHistory;
import th.planning.reports.batch.RunLock;
import th.planning.reports.batch.RunSummary;
import th.planning.reports.batch.ScheduledIngest;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import th.planning.reports.document.Document;
import th.planning.reports.reading.DocumentReaders;
import th.planning.reports.reading.UnreadableDocumentException;
import th.planning.reports.thai.Orthography;
import th.planning.reports.thai.ThaiText;

/** {@code java -jar target/report-etl.jar <command>}. */
@Command(name = "report-etl", mixinStandardHelpOptions = true, versionProvider = ReportEtl.Version.class,
        description = "Reads Thai quarterly performance reports (Word, PDF, Excel) into a DuckDB warehouse.",
        subcommands = {ReportEtl.Ingest.class, ReportEtl.Serve.class, ReportEtl.Status.class, ReportEtl.Text.class,
            InspectCommand.class, CorrectCommand.class, WorkerCommand.class, BrokerCommand.class,
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

    /** {@code -V}: the version Maven built (a filtered resource, so it works from classes as from the jar). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws Exception {
            java.util.Properties p = new java.util.Properties();
            try (var in = ReportEtl.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"report-etl " + p.getProperty("version", "(version unknown: not built by Maven)")};
        }
    }

    /** A numeric option's value, or a usage error (exit 2) naming the option and the range. */
    static int inRange(CommandSpec spec, String option, int value, int min, int max) {
        if (value < min || value > max) {
            throw new ParameterException(spec.commandLine(), option + " must be "
                    + (max == Integer.MAX_VALUE ? "at least " + min : "from " + min + " to " + max) + ", not " + value);
        }
        return value;
    }

    @Command(name = "ingest", description = "Load every new file of the drop folder into the warehouse.")
    static final class Ingest implements Callable<Integer> {
        @Mixin
        IngestOptions options;

        @Override
        public Integer call() throws Exception {
            options.check();
            try {
                RunSummary summary = IngestRunner.run(options.input, options.warehouse, options.threadCount(),
                        options.springProperties());
                System.out.print(summary.render());
                return summary.completed() ? 0 : 1;
            } catch (RunLock.AlreadyRunningException e) {
                System.err.println("report-etl: " + e.getMessage());
                return 3;
            } catch (InvalidSettingException e) {
                System.err.println("report-etl: " + e.getMessage() + "; this run did nothing");
                return 2;
            } catch (IngestRunner.JobRepositoryDamagedException e) {
                System.err.println("report-etl: " + e.getMessage());
                return 1;
            } catch (Exception e) {
                return StorageFailures.report(e, options.warehouse);   // damaged warehouse, disk full; else rethrown
            }
        }
    }

    @Command(name = "serve", description = {
            "Stay running: serve the dashboard and the published Parquet on a local port, and ingest on a"
                    + " schedule when --cron is given (for servers without cron or systemd)."})
    static final class Serve implements Callable<Integer> {
        @Option(names = "--cron",
                description = "Spring cron expression, seconds first, e.g. \"0 0 2 * * *\" for 02:00 every night"
                        + " (default: no scheduled runs, only the dashboard)")
        String cron;

        @Spec
        CommandSpec spec;

        int port = 8080;

        @Option(names = "--port", paramLabel = "N", description = "the dashboard's port, 0 for any free one (default: 8080)")
        void setPort(int n) {
            port = inRange(spec, "--port", n, 0, 65535);
        }

        @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
                description = "the address the dashboard listens on (default: ${DEFAULT-VALUE}, this machine only)")
        String bind;

        @Option(names = "--no-dashboard", description = "serve no dashboard, only run the schedule")
        boolean noDashboard;

        @Mixin
        IngestOptions options;

        @Override
        public Integer call() throws Exception {
            if (cron == null && noDashboard) {
                System.err.println("report-etl: serve with --no-dashboard needs --cron: there is nothing else to do");
                return 2;
            }
            ScheduledIngest schedule = null;
            if (cron != null) {
                options.check();   // at start, not at the first firing hours later
                try {
                    schedule = new ScheduledIngest(cron, () -> IngestRunner.run(options.input, options.warehouse,
                            options.threadCount(), options.springProperties()));
                } catch (IllegalArgumentException e) {
                    System.err.println("report-etl: invalid --cron: " + e.getMessage());
                    return 2;
                }
            }
            if (!noDashboard) {
                DashboardServer web;
                try {
                    web = DashboardServer.start(bind, port, options.warehouse);
                } catch (java.io.IOException e) {
                    System.err.println("report-etl: cannot serve the dashboard on " + bind + ":" + port + ": "
                            + e.getMessage() + " (another --port?)");
                    return 2;
                }
                String host = bind.contains(":") ? "[" + bind + "]" : bind;
                System.out.println("report-etl: dashboard at http://" + host + ":" + web.port() + "/"
                        + (DashboardServer.bundled() ? "" : " (this build has no dashboard: only /parquet/)")
                        + ", Parquet of " + options.warehouse.toAbsolutePath().normalize().resolve("parquet"));
            }
            if (schedule != null) {
                ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
                scheduler.setPoolSize(1);                // one run at a time in this process
                scheduler.setThreadNamePrefix("serve-");
                scheduler.initialize();
                System.out.println("report-etl: serving, next run at " + schedule.nextRun(java.time.ZonedDateTime.now()));
                schedule.start(scheduler);
            }
            new java.util.concurrent.CountDownLatch(1).await();   // until the process is stopped
            return 0;
        }
    }

    @Command(name = "status", description = "Show the last runs, the ones that did not complete and why, and the"
            + " files the last run rejected. Reads the warehouse read-only; works while no run is active.")
    static final class Status implements Callable<Integer> {
        @Option(names = "--warehouse", defaultValue = "warehouse", description = "output directory (default: ${DEFAULT-VALUE})")
        Path warehouse;

        @Spec
        CommandSpec spec;

        int last;

        @Option(names = "--last", defaultValue = "10", paramLabel = "N", description = "how many runs, at least 1 (default: ${DEFAULT-VALUE})")
        void setLast(int n) {
            last = inRange(spec, "--last", n, 1, Integer.MAX_VALUE);
        }

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
            } catch (RunHistory.NoWarehouseException e) {
                System.err.println("report-etl: " + e.getMessage());
                return 2;
            } catch (java.sql.SQLException e) {
                return StorageFailures.report(e, warehouse);   // a damaged warehouse is no running job
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
            if (!InspectCommand.isFile(file)) {
                return InspectCommand.NO_SUCH_FILE;
            }
            Document rawDoc;
            String canonical;
            try {
                rawDoc = DocumentReaders.withCanonicalizer(s -> s).read(file);
                canonical = DocumentReaders.withCanonicalizer(ThaiText::canonicalize).read(file).text();
            } catch (UnreadableDocumentException e) {
                System.err.println("report-etl: " + file + ": " + e.getMessage());
                return InspectCommand.NOT_A_REPORT;
            } catch (java.io.UncheckedIOException e) {
                System.err.println("report-etl: " + file + ": cannot read: " + e.getCause().getMessage());
                return InspectCommand.NOT_A_REPORT;
            }
            String rawText = rawDoc.text();
            System.out.println(raw ? rawText : canonical);
            System.err.printf("%s: %s, Thai orthography violations: %d raw, %d canonical%n", file,
                    rawDoc.format().label(), Orthography.countViolations(rawText), Orthography.countViolations(canonical));
            return 0;
        }
    }
}
