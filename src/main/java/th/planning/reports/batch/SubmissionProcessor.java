package th.planning.reports.batch;

import org.springframework.batch.infrastructure.item.ItemProcessor;
import th.planning.reports.document.Document;
import th.planning.reports.extract.FormExtractor;
import th.planning.reports.extract.NotThisFormException;
import th.planning.reports.extract.ReportRecord;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import th.planning.reports.document.DocumentFormat;
import th.planning.reports.reading.DocumentReader;
import th.planning.reports.reading.DocumentReaders;
import th.planning.reports.reading.FormatDetector;
import th.planning.reports.reading.UnreadableDocumentException;
import th.planning.reports.validate.Validation;
import th.planning.reports.warehouse.IncomingFile;
import th.planning.reports.warehouse.Submission;

/**
 * file → document → report record → validated report. A file that cannot be read, or is not the
 * form, becomes a rejected submission with the reason; it never stops the run.
 */
public final class SubmissionProcessor implements ItemProcessor<IncomingFile, Submission> {

    private final Map<DocumentFormat, DocumentReader> readers = new EnumMap<>(DocumentFormat.class);

    public SubmissionProcessor(UnaryOperator<String> canonicalizer) {
        for (DocumentFormat f : DocumentFormat.values()) {
            readers.put(f, DocumentReaders.forFormat(f, canonicalizer));
        }
    }

    @Override
    public Submission process(IncomingFile file) {
        DocumentFormat format = null;
        Document document;
        try {
            format = FormatDetector.detect(file.path());
            document = readers.get(format).read(file.path());
        } catch (UnreadableDocumentException e) {
            return Submission.rejected(file, format, e.getMessage());
        }
        try {
            ReportRecord report = FormExtractor.extract(document);
            return Submission.loaded(file, document.format(),
                    Validation.validate(report, file.relativePath()));
        } catch (NotThisFormException e) {
            return Submission.rejected(file, document.format(), e.getMessage());
        }
    }
}
