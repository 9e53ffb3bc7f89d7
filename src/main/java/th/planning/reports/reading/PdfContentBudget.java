package th.planning.reports.reading;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Bounds how much content a PDF's text extraction may inflate: a content stream of a few MB on disk
 * can inflate to gigabytes of drawing operators (a "deflate bomb"), which PDFBox would parse and
 * turn into glyphs until the heap runs out. Each stream the reader parses (a page's contents, the
 * forms it paints, its Type 3 glyph procedures) is inflated here, once, into a buffer that stops
 * growing at the bytes left in the document's budget, and the parser reads that buffer: the
 * document is refused before a byte of an oversized stream is parsed, and no stream is inflated
 * twice for the check (the check used to inflate each stream into a counter first, and PDFBox
 * inflated it again to parse it). A stream drawn again (a form on every page) counts once.
 *
 * <p>Images are not counted: text extraction never decodes them.
 */
final class PdfContentBudget {

    /** Between two of a page's content streams, as PDFBox puts it: a stream may end mid-line. */
    private static final byte DELIMITER = '\n';

    private final long limit;
    private long used;
    private final Set<COSStream> counted = Collections.newSetFromMap(new IdentityHashMap<>());

    PdfContentBudget(long limit) {
        this.limit = limit;
    }

    /** The page's content streams, inflated within the budget, for the parser; throws past the limit. */
    RandomAccessRead contents(PDPage page) {
        COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
        Buffer out = new Buffer();
        if (contents instanceof COSStream s) {
            decode(s, out);
        } else if (contents instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSStream s) {
                    decode(s, out);
                    out.delimiter();
                }
            }
        }
        return out.reader();
    }

    /** A form's or Type 3 glyph's content stream, inflated within the budget, for the parser. */
    RandomAccessRead contents(COSStream stream) {
        Buffer out = new Buffer();
        decode(stream, out);
        return out.reader();
    }

    /** Counts a stream PDFBox will inflate itself (a Type 3 glyph procedure), once per document. */
    void count(COSStream stream) {
        if (!counted.contains(stream)) {
            decode(stream, new Buffer());
        }
    }

    /**
     * Appends the stream's decoded bytes to {@code out}, at most the budget left (a stream counted
     * before, which fitted then, at most the limit); throws when the document's total passes the
     * limit. A stream that does not decode adds nothing, as PDFBox skips a malformed content stream.
     */
    private void decode(COSStream stream, Buffer out) {
        boolean first = !counted.contains(stream);
        int start = out.size();
        out.begin(first ? limit - used : limit);
        try {
            decodeInto(stream, out);
        } catch (TooLarge e) {
            throw new UnreadableDocumentException("content stream inflates past " + megabytes(limit) + " MB");
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            out.truncate(start);
        }
        if (first) {
            counted.add(stream);
            used += out.size() - start;
        }
    }

    /** Decodes through the stream's filters into {@code out}; all but the last into a bounded buffer. */
    private static void decodeInto(COSStream stream, Buffer out) throws IOException {
        List<COSName> filters = filters(stream.getFilters());
        try (InputStream raw = stream.createRawInputStream()) {
            InputStream in = raw;
            for (int i = 0; i < filters.size(); i++) {
                if (i == filters.size() - 1) {
                    FilterFactory.INSTANCE.getFilter(filters.get(i)).decode(in, out, stream, i);
                    return;
                }
                Buffer step = new Buffer();
                step.begin(out.room);
                FilterFactory.INSTANCE.getFilter(filters.get(i)).decode(in, step, stream, i);
                in = new ByteArrayInputStream(step.bytes(), 0, step.size());
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

    /**
     * Decoded bytes, kept in memory up to {@code room} more (the parser reads them from here); stops
     * the decoder past it, or when the thread is interrupted.
     */
    private static final class Buffer extends OutputStream {
        private byte[] bytes = new byte[8192];
        private int size;
        /** Where the stream being decoded began, and how many bytes it may have. */
        private int mark;
        private long room = Long.MAX_VALUE;

        void begin(long room) {
            this.mark = size;
            this.room = room;
        }

        /** Ends a page's content stream (not counted: it is no content of the file's). */
        void delimiter() {
            if (size == bytes.length) {
                bytes = Arrays.copyOf(bytes, 2 * bytes.length);
            }
            bytes[size++] = DELIMITER;
        }

        @Override
        public void write(int b) throws IOException {
            grow(1);
            bytes[size++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            grow(len);
            System.arraycopy(b, off, bytes, size, len);
            size += len;
        }

        private void grow(int len) throws IOException {
            if ((long) size - mark + len > room || (long) size + len > Integer.MAX_VALUE - 16) {
                throw new TooLarge();
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new UnreadableDocumentException(PdfReader.INTERRUPTED);
            }
            if (size + len > bytes.length) {
                bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 16,
                        Math.max((long) size + len, 2L * bytes.length)));
            }
        }

        int size() {
            return size;
        }

        byte[] bytes() {
            return bytes;
        }

        void truncate(int at) {
            size = at;
        }

        RandomAccessRead reader() {
            return new RandomAccessReadBuffer(ByteBuffer.wrap(bytes, 0, size).slice());
        }
    }
}
