package th.planning.reports.batch;

import org.springframework.batch.infrastructure.item.ItemProcessor;
import th.planning.reports.document.Document;
import th.planning.reports.extract.FormExtractor;
import th.planning.reports.extract.NotThisFormException;
import th.planning.reports.extract.ReportRecord;
import th.planning.reports.reading.DocumentReaders;
import th.planning.reports.reading.UnreadableDocumentException;
import th.planning.reports.validate.DropFolderHints;
import th.planning.reports.validate.Validation;
import th.planning.reports.warehouse.IncomingFile;
import th.planning.reports.warehouse.Submission;

/**
 * file → document → report record → validated report. A file that cannot be read, or is not the
 * form, becomes a rejected submission with the reason; it never stops the run.
 */
public final class SubmissionProcessor implements ItemProcessor<IncomingFile, Submission> {

    private final DocumentReaders readers;

    public SubmissionProcessor(DocumentReaders readers) {
        this.readers = readers;
    }

    @Override
    public Submission process(IncomingFile file) {
        Document document;
        try {
            document = readers.read(file.path());
        } catch (UnreadableDocumentException e) {
            return Submission.rejected(file, e.format(), e.getMessage());
        }
        try {
            ReportRecord report = FormExtractor.extract(document);
            return Submission.loaded(file, document.format(),
                    Validation.validate(report, DropFolderHints.of(file.relativePath())));
        } catch (NotThisFormException e) {
            return Submission.rejected(file, document.format(), e.getMessage());
        }
    }
}
