package th.planning.reports.reading;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Bounds how much content a PDF's text extraction may inflate, before PDFBox parses a page: a
 * content stream of a few MB on disk can inflate to gigabytes of drawing operators (a "deflate
 * bomb"), which PDFBox would parse and turn into glyphs until the heap runs out. Each stream a page
 * draws (its contents, the forms it paints, its Type 3 glyph procedures) is inflated once per
 * document into a counter that discards the bytes, and the document is refused as soon as the
 * total passes the limit, so the check costs a bounded amount of time and no memory.
 *
 * <p>Images are not counted: text extraction never decodes them.
 */
final class PdfContentBudget {

    private final long limit;
    private long used;
    private final Set<COSStream> counted = Collections.newSetFromMap(new IdentityHashMap<>());

    PdfContentBudget(long limit) {
        this.limit = limit;
    }

    /** Counts the streams {@code page} draws; throws when the document's total passes the limit. */
    void check(PDPage page) {
        COSDictionary dict = page.getCOSObject();
        COSBase contents = dict.getDictionaryObject(COSName.CONTENTS);
        if (contents instanceof COSStream s) {
            count(s);
        } else if (contents instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSStream s) {
                    count(s);
                }
            }
        }
        resources(dict.getDictionaryObject(COSName.RESOURCES), 0);
    }

    /** The forms and Type 3 fonts of a resource dictionary, and theirs in turn. */
    private void resources(COSBase base, int depth) {
        if (!(base instanceof COSDictionary res) || depth > 32) {
            return;
        }
        if (res.getDictionaryObject(COSName.XOBJECT) instanceof COSDictionary xobjects) {
            for (COSName name : xobjects.keySet()) {
                if (xobjects.getDictionaryObject(name) instanceof COSStream form
                        && COSName.FORM.equals(form.getCOSName(COSName.SUBTYPE)) && count(form)) {
                    resources(form.getDictionaryObject(COSName.RESOURCES), depth + 1);
                }
            }
        }
        if (res.getDictionaryObject(COSName.FONT) instanceof COSDictionary fonts) {
            for (COSName name : fonts.keySet()) {
                if (fonts.getDictionaryObject(name) instanceof COSDictionary font
                        && COSName.TYPE3.equals(font.getCOSName(COSName.SUBTYPE))
                        && font.getDictionaryObject(COSName.CHAR_PROCS) instanceof COSDictionary procs) {
                    for (COSName glyph : procs.keySet()) {
                        if (procs.getDictionaryObject(glyph) instanceof COSStream proc) {
                            count(proc);
                        }
                    }
                    resources(font.getDictionaryObject(COSName.RESOURCES), depth + 1);
                }
            }
        }
    }

    /** Adds the stream's decoded length once; false when it was counted before. */
    private boolean count(COSStream stream) {
        if (!counted.add(stream)) {
            return false;
        }
        Counter sink = new Counter(limit - used);
        try {
            decode(stream, sink);
        } catch (TooLarge e) {
            sink.exceeded = true;
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // a stream that does not decode is PDFBox's to report (or skip) when it parses the page
        }
        used += sink.count;
        if (sink.exceeded) {
            throw new UnreadableDocumentException("content stream inflates past " + megabytes(limit) + " MB");
        }
        return true;
    }

    /** Decodes through the stream's filters into {@code out}; all but the last into a bounded buffer. */
    private void decode(COSStream stream, Counter out) throws IOException {
        List<COSName> filters = filters(stream.getFilters());
        try (InputStream raw = stream.createRawInputStream()) {
            InputStream in = raw;
            for (int i = 0; i < filters.size(); i++) {
                if (i == filters.size() - 1) {
                    FilterFactory.INSTANCE.getFilter(filters.get(i)).decode(in, out, stream, i);
                    return;
                }
                Bounded step = new Bounded(out.room);
                FilterFactory.INSTANCE.getFilter(filters.get(i)).decode(in, step, stream, i);
                in = new ByteArrayInputStream(step.bytes.toByteArray());
            }
            in.transferTo(out);
        }
    }

    private static List<COSName> filters(COSBase base) {
        List<COSName> names = new ArrayList<>();
        if (base instanceof COSName n) {
            names.add(n);
        } else if (base instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSName n) {
                    names.add(n);
                }
            }
        }
        return names;
    }

    static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? Long.toString(bytes / (1024 * 1024))
                : java.math.BigDecimal.valueOf(bytes).divide(java.math.BigDecimal.valueOf(1024 * 1024), 1,
                        java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** Thrown by the counter to stop a filter as soon as the budget is spent. */
    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("content stream too large", null);
        }
    }

    /** Counts and discards; stops the decoder past {@code room} bytes or when the thread is interrupted. */
    private static final class Counter extends OutputStream {
        final long room;
        long count;
        boolean exceeded;

        Counter(long room) {
            this.room = room;
        }

        @Override
        public void write(int b) throws IOException {
            add(1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            add(len);
        }

        private void add(long n) throws IOException {
            count += n;
            if (count > room) {
                exceeded = true;
                throw new TooLarge();
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new UnreadableDocumentException(PdfReader.INTERRUPTED);
            }
        }
    }

    /** An intermediate filter's output, kept in memory up to the room left. */
    private static final class Bounded extends OutputStream {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final long room;

        Bounded(long room) {
            this.room = room;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (bytes.size() + (long) len > room) {
                throw new TooLarge();
            }
            bytes.write(b, off, len);
        }
    }
}
