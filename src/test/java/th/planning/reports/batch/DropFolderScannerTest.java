package th.planning.reports.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.planning.reports.warehouse.IncomingFile;
import th.planning.reports.warehouse.Submission;
import th.planning.reports.warehouse.Warehouse;

class DropFolderScannerTest {

    @TempDir
    Path drop;
    @TempDir
    Path warehouseDir;

    @Test
    void sameContentUnderAnotherNameIsADuplicateOfTheFirstAndDotFilesAndIgnoredNamesAreCounted() throws Exception {
        Path sample = Path.of("sample-input/2567/Q4/สำนักงานสถิติแห่งชาติ/report-01.pdf");
        Path agency = Files.createDirectories(drop.resolve("2567/Q4/กรม ทดสอบ"));
        Files.copy(sample, agency.resolve("a report.pdf"));
        Files.copy(sample, agency.resolve("สำเนา.pdf"));
        Files.writeString(agency.resolve(".~lock.x.docx#"), "lock");
        Files.writeString(drop.resolve("README.md"), "notes");
        Files.writeString(drop.resolve(DropFolderScanner.IGNORE_FILE), "# comment\nREADME.md\n");

        try (Warehouse w = Warehouse.open(warehouseDir)) {
            DropFolderScanner.Scan scan = DropFolderScanner.scan(drop, w);
            assertThat(scan.seen()).isEqualTo(2);
            assertThat(scan.ignored()).as(".etlignore, the lock file and README.md").isEqualTo(3);
            assertThat(scan.newFiles()).extracting(IncomingFile::relativePath)
                    .containsExactly("2567/Q4/กรม ทดสอบ/a report.pdf");
            assertThat(scan.newFiles().get(0).sha256()).hasSize(64).isEqualTo(DropFolderScanner.sha256(sample));
            assertThat(scan.duplicates()).extracting(Submission::reason)
                    .containsExactly("same content as 2567/Q4/กรม ทดสอบ/a report.pdf");
        }
    }

    @Test
    void aRecordedFileIsNotReadAgainButChangedContentAtTheSamePathIs() throws Exception {
        Path file = drop.resolve("r.xlsx");
        Files.copy(Path.of("sample-input/2567/Q4/สำนักงานสถิติแห่งชาติ/report-02.xlsx"), file);
        try (Warehouse w = Warehouse.open(warehouseDir)) {
            DropFolderScanner.Scan first = DropFolderScanner.scan(drop, w);
            w.write(1, List.of(Submission.rejected(first.newFiles().get(0), null, "test")));
            DropFolderScanner.Scan second = DropFolderScanner.scan(drop, w);
            assertThat(second.unchanged()).isEqualTo(1);
            assertThat(second.newFiles()).isEmpty();

            Files.copy(Path.of("sample-input/2567/Q4/สำนักงานสถิติแห่งชาติ/report-03.xlsx"), file,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            DropFolderScanner.Scan third = DropFolderScanner.scan(drop, w);
            assertThat(third.newFiles()).hasSize(1);
        }
    }

    /** Hashing runs in parallel; the files still come out in path order, and the first copy in that order is the original. */
    @Test
    void fortySampleReportsHashedInParallelKeepPathOrderAndTheFirstCopyIsTheOriginal() throws Exception {
        Path samples = Path.of("sample-input/2567/Q4/สำนักงานสถิติแห่งชาติ");
        for (int i = 1; i <= 40; i++) {
            String nn = String.format("%02d", i);
            Files.copy(samples.resolve("report-" + nn + ".docx"), drop.resolve("r" + nn + ".docx"));
        }
        Files.copy(samples.resolve("report-07.docx"), drop.resolve("r00-copy-of-07.docx"));
        Files.copy(samples.resolve("report-07.docx"), drop.resolve("r99-copy-of-07.docx"));
        try (Warehouse w = Warehouse.open(warehouseDir)) {
            DropFolderScanner.Scan scan = DropFolderScanner.scan(drop, w);
            List<String> paths = scan.newFiles().stream().map(IncomingFile::relativePath).toList();
            assertThat(paths).hasSize(40).isSorted().startsWith("r00-copy-of-07.docx", "r01.docx").doesNotContain("r07.docx");
            assertThat(scan.duplicates()).extracting(Submission::reason)
                    .containsExactly("same content as r00-copy-of-07.docx", "same content as r00-copy-of-07.docx");
            assertThat(scan.newFiles().get(1).sha256()).isEqualTo(DropFolderScanner.sha256(samples.resolve("report-01.docx")));
            assertThat(scan.unreadable()).isEmpty();
        }
    }

    @TempDir
    Path outside;

    /**
     * Links are never read through: one to a file outside (a password file, a report) is rejected without
     * a word of its content, a dangling one and one to a directory are recorded too, a link to a file in
     * the folder is a duplicate of that file (read under its own name), and a named pipe is never opened.
     */
    @Test
    void symbolicLinksAndSpecialFilesAreRecordedAsWhatTheyAreAndNeverRead() throws Exception {
        Path sample = Path.of("sample-input/2567/Q4/สำนักงานสถิติแห่งชาติ/report-01.docx");
        Path secret = Files.writeString(outside.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\n");
        Path report = Files.copy(Path.of("sample-input/2567/Q4/สำนักงานสถิติแห่งชาติ/report-02.docx"),
                outside.resolve("report-02.docx"));
        Path agency = Files.createDirectories(drop.resolve("2567/Q4/กรม"));
        Files.copy(sample, agency.resolve("report-01.docx"));
        Files.createSymbolicLink(agency.resolve("passwd.docx"), secret);
        Files.createSymbolicLink(agency.resolve("report-02.docx"), report);
        Files.createSymbolicLink(agency.resolve("gone.pdf"), outside.resolve("no-such-file.pdf"));
        Files.createSymbolicLink(drop.resolve("etc"), outside);
        Files.createSymbolicLink(drop.resolve("again"), agency);
        Files.createSymbolicLink(drop.resolve("link-01.docx"), Path.of("2567/Q4/กรม/report-01.docx"));
        Path fifo = agency.resolve("pipe.xlsx");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();

        try (Warehouse w = Warehouse.open(warehouseDir)) {
            DropFolderScanner.Scan scan = DropFolderScanner.scan(drop, w);
            assertThat(scan.seen()).isEqualTo(8);
            assertThat(scan.newFiles()).extracting(IncomingFile::relativePath).containsExactly("2567/Q4/กรม/report-01.docx");
            assertThat(scan.duplicates()).isEmpty();
            assertThat(scan.notFiles()).extracting(n -> n.file().relativePath() + " " + n.status().label() + " " + n.reason())
                    .containsExactly(
                            "2567/Q4/กรม/gone.pdf rejected dangling symbolic link: its target does not exist",
                            "2567/Q4/กรม/passwd.docx rejected symbolic link to a file outside the drop folder: not followed",
                            "2567/Q4/กรม/pipe.xlsx rejected not a regular file (a named pipe, socket or device): not read",
                            "2567/Q4/กรม/report-02.docx rejected symbolic link to a file outside the drop folder: not followed",
                            "again rejected symbolic link to a directory in the drop folder (2567/Q4/กรม): not followed; "
                                    + "its files are read where they are",
                            "etc rejected symbolic link to a directory outside the drop folder: not followed",
                            "link-01.docx duplicate symbolic link to 2567/Q4/กรม/report-01.docx, which is read under its own name");
            assertThat(scan.notFiles()).allSatisfy(n -> assertThat(n.reason()).doesNotContain("root"));

            w.write(1, scan.notFiles());
            DropFolderScanner.Scan next = DropFolderScanner.scan(drop, w);
            assertThat(next.notFiles()).as("recorded once, not again every night").isEmpty();
            assertThat(next.unchanged()).isEqualTo(7);
        }
    }

    /**
     * A name the JVM cannot decode (here bytes that are not UTF-8, as an old Thai Windows program writes
     * them; under cron's locale, any Thai name) cannot be opened by name and would put a garbled path in
     * the ledger: it is left unrecorded with its remedy, for the next run.
     */
    @Test
    void aFileWhoseNameCannotBeDecodedIsNamedWithItsRemedyAndNotRecorded() throws Exception {
        Files.copy(Path.of("sample-input/2567/Q4/สำนักงานสถิติแห่งชาติ/report-01.docx"), drop.resolve("report-01.docx"));
        // "รายงาน.docx" in TIS-620, made by the shell: Java cannot name it from a UTF-8 string.
        assertThat(new ProcessBuilder("bash", "-c", "cp report-01.docx $'\\xc3\\xd2\\xc2\\xa7\\xd2\\xb9.docx'")
                .directory(drop.toFile()).start().waitFor()).isZero();
        try (Warehouse w = Warehouse.open(warehouseDir)) {
            DropFolderScanner.Scan scan = DropFolderScanner.scan(drop, w);
            assertThat(scan.seen()).isEqualTo(2);
            assertThat(scan.newFiles()).extracting(IncomingFile::relativePath).containsExactly("report-01.docx");
            assertThat(scan.duplicates()).isEmpty();
            assertThat(scan.unreadable()).singleElement().asString()
                    .endsWith(".docx: its name is not valid UTF-8 (made by an old program?): rename the file");
        }
    }

    /** A file removed between listing and hashing is not recorded: named with its reason, and found again by the next run. */
    @Test
    void aFileThatVanishesBeforeItIsHashedIsLeftForTheNextRunWithItsReason() {
        Path gone = drop.resolve("ส่งผิด.pdf");
        var incoming = new IncomingFile(gone, "ส่งผิด.pdf", 10, java.time.Instant.EPOCH, null);
        DropFolderScanner.Candidate c = DropFolderScanner.hash(new DropFolderScanner.Candidate("ส่งผิด.pdf", incoming, null));
        assertThat(c.file()).isNull();
        assertThat(c.error()).isInstanceOf(java.nio.file.NoSuchFileException.class);
        assertThat(DropFolderScanner.reason(c.error())).isEqualTo("it vanished while the folder was scanned");
    }
}
