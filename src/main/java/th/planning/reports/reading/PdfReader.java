package th.planning.reports.reading;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDType3CharProc;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

import th.planning.reports.document.Block;
import th.planning.reports.document.Cell;
import th.planning.reports.document.Document;
import th.planning.reports.document.DocumentFormat;
import th.planning.reports.document.Paragraph;
import th.planning.reports.document.Row;
import th.planning.reports.document.Table;
import th.planning.reports.document.Where;

/**
 * Reads a PDF's text layer, one Paragraph per visual line, pages in order, lines top to bottom.
 *
 * <p>Lines are built here from PDFBox's glyph positions rather than by PDFTextStripper's own
 * layout, because that layout breaks Thai: a tone mark or above/below vowel sits at its own
 * height and x position, so position sorting can move it onto another line or before its
 * consonant, and its zero width makes the gap to the next glyph look like a word space. Here
 * every combining mark is attached to the glyph it follows in the content stream (the order the
 * producer wrote: base, then marks), lines are grouped by the base glyphs' baselines, and a space
 * is inserted only where the gap between two base glyphs is wider than a fraction of the font size
 * and the PDF has no space of its own there.
 *
 * <p>The file is read through a buffered random-access file with a capped memory stream cache
 * (the rest spills to a temp file), never loaded whole into the heap.
 */
public final class PdfReader implements DocumentReader {

    /** Main-memory cap for PDFBox's stream cache per open document. */
    static final long MEMORY_LIMIT = 64L * 1024 * 1024;

    /** A gap wider than this fraction of the font size between two glyphs is a word space. */
    static final float SPACE_GAP = 0.2f;

    /** An /ActualText longer than this is not a glyph cluster's text: its glyphs are read instead. */
    static final int ACTUAL_TEXT_MAX = 8;

    /** Baselines closer than this fraction of the font size are one line. */
    static final float LINE_TOLERANCE = 0.4f;

    /**
     * More glyphs than this on one page is not a report page (the densest page of a 288-page budget
     * volume has 3,500): each is kept until the page ends, so the bound keeps a hostile page's memory small.
     */
    static final int MAX_PAGE_GLYPHS = 100_000;

    /** More glyphs than this in one file is not a report (the 288-page budget volume has 382,000). */
    static final int MAX_GLYPHS = 4_000_000;

    /** The reason when the reading thread was interrupted (the job abandoned a read that took too long). */
    static final String INTERRUPTED = "reading was stopped";

    private final UnaryOperator<String> canonicalizer;
    private final long maxContentBytes;
    private final ScannedPages ocr;

    public PdfReader(UnaryOperator<String> canonicalizer) {
        this(canonicalizer, ReadingLimits.DEFAULT);
    }

    public PdfReader(UnaryOperator<String> canonicalizer, ReadingLimits limits) {
        this(canonicalizer, limits, ScannedPages.LOCAL);
    }

    /** {@code ocr}: how pages without text are read (package-private for tests that turn OCR off). */
    PdfReader(UnaryOperator<String> canonicalizer, ReadingLimits limits, ScannedPages ocr) {
        this.canonicalizer = Objects.requireNonNull(canonicalizer, "canonicalizer");
        this.maxContentBytes = limits.maxPdfContentBytes();
        this.ocr = ocr;
    }

    @Override
    public Document read(Path file) {
        // The whole file in memory, read with one call: PDFBox's file reader seeks and reads per 4 KB
        // page and its parser peeks byte by byte across them. Submissions are a few hundred KB at
        // most (the job rejects files over report-etl.max-file-bytes before reading them).
        try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBuffer(Files.readAllBytes(file)), "", null, null,
                MemoryUsageSetting.setupMixed(MEMORY_LIMIT).streamCache)) {
            return read(pdf);
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException("password-protected", e);
        } catch (IOException e) {
            throw new UnreadableDocumentException("corrupt pdf: " + OfficePackages.reason(e), e);
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new UnreadableDocumentException("corrupt pdf: " + OfficePackages.reason(e), e);
        }
    }

    /** The text of an open document (package-private for tests that build one in memory). */
    Document read(PDDocument pdf) throws IOException {
        List<Block> raw = new ArrayList<>();
        LineCollector collector = new LineCollector(raw, new PdfContentBudget(maxContentBytes), pdf, ocr);
        collector.getText(pdf);
        List<Block> blocks = new ArrayList<>(raw.size());
        boolean anyText = false;
        for (Block block : raw) {
            Block canonical = canonical(block);
            if (canonical != null) {
                anyText = true;
                blocks.add(canonical);
            }
        }
        if (!anyText) {
            if (collector.scannedNotRead > 0) {
                throw new UnreadableDocumentException("no text layer: a scanned PDF, and OCR is not available here: "
                        + ocr.unavailable());
            }
            throw new UnreadableDocumentException(collector.ocrPages > 0
                    ? "no text found by OCR on its " + collector.ocrPages + " scanned page(s)"
                    : "no text layer (scanned PDF?)");
        }
        return new Document(DocumentFormat.PDF, blocks, collector.source(pdf.getNumberOfPages()));
    }

    /** A block with its text canonicalized; null for a blank paragraph or a table without text. */
    private Block canonical(Block block) {
        if (block instanceof Paragraph p) {
            return p.text().isBlank() ? null : new Paragraph(canonicalizer.apply(p.text()), p.where());
        }
        Table t = (Table) block;
        List<Row> rows = new ArrayList<>(t.rows().size());
        boolean anyText = false;
        for (Row row : t.rows()) {
            List<Cell> cells = new ArrayList<>(row.cells().size());
            for (Cell cell : row.cells()) {
                List<Block> content = new ArrayList<>();
                for (Block b : cell.content()) {
                    Block c = canonical(b);
                    if (c != null) {
                        content.add(c);
                        anyText = true;
                    }
                }
                cells.add(new Cell(content, cell.colSpan(), cell.rowSpan(), null));
            }
            rows.add(new Row(cells, row.where()));
        }
        return anyText ? new Table(rows) : null;
    }

    /** A base glyph with the combining marks that follow it. */
    static final class Cluster {
        final float x;
        final float y;
        float width;
        final float fontSize;
        final StringBuilder text;

        Cluster(TextPosition p, String unicode) {
            this.x = p.getXDirAdj();
            this.y = p.getYDirAdj();
            this.width = p.getWidthDirAdj();
            float size = p.getFontSizeInPt();
            this.fontSize = size > 0 ? size : Math.max(1f, p.getHeightDir());
            this.text = new StringBuilder(unicode);
        }

        /** A zero-width SARA AM was seen: the SARA AA glyph that follows is its other half. */
        boolean pendingAa;

        float end() {
            return x + width;
        }

        /** Whether the cluster is only white space (a space glyph), without building its string. */
        boolean blank() {
            for (int i = 0; i < text.length(); i++) {
                if (!Character.isWhitespace(text.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Adds a mark in Unicode's logical order whatever order the glyphs were drawn in: vowel
         * marks, then tone marks, then other signs, then SARA AM.
         */
        void addMark(String mark, boolean splitAm) {
            int rank = markRank(mark.charAt(0));
            int at = text.length();
            while (at > 1 && markRank(text.charAt(at - 1)) > rank) {
                at--;
            }
            text.insert(at, mark);
            if (splitAm) {
                pendingAa = true;
            }
        }
    }

    /** Logical order of Thai marks after their consonant; -1 for a base character. */
    static int markRank(char c) {
        if (c == '\u0E31' || (c >= '\u0E34' && c <= '\u0E3A') || c == '\u0E47') {
            return 0;
        }
        if (c >= '\u0E48' && c <= '\u0E4B') {
            return 1;
        }
        if (c >= '\u0E4C' && c <= '\u0E4E') {
            return 2;
        }
        if (c == SARA_AM) {
            return 3;
        }
        return isCombining(c) ? 0 : -1;
    }

    /**
     * Collects each page's glyphs in content-stream order and its ruling lines, and turns them into
     * paragraphs and, where the rules draw a grid, tables.
     */
    private static final class LineCollector extends PDFTextStripper {

        private final List<Block> out;
        private final ParagraphJoiner joiner;
        private final List<Cluster> page = new ArrayList<>();
        private final RuledGrids rules = new RuledGrids();
        /** The path being built: subpaths as point lists {x, y} in display space, and rectangles. */
        private final List<List<float[]>> subpaths = new ArrayList<>();
        private final List<float[]> boxes = new ArrayList<>();
        private PDRectangle crop;
        private TextPosition previous;
        private final PdfContentBudget budget;
        private int pageGlyphs;
        private int glyphs;
        /** The column edges of a table without rules that ran to the bottom of the last page. */
        private float[] openTable;

        /** Each page's lines and tables, in page order: at hand for text pages, to come for scanned ones. */
        private final List<java.util.concurrent.Future<OcrPage>> scans = new ArrayList<>();
        private final List<Object> pages = new ArrayList<>();
        private final PDDocument pdf;
        private final ScannedPages ocr;
        int ocrPages;
        int scannedNotRead;
        private final List<th.planning.reports.document.OcrFigure> uncertain = new ArrayList<>();
        private double confidenceSum;
        private int ocrWords;

        LineCollector(List<Block> out, PdfContentBudget budget, PDDocument pdf, ScannedPages ocr) {
            this.out = out;
            this.joiner = new ParagraphJoiner(out);
            this.budget = budget;
            this.pdf = pdf;
            this.ocr = ocr;
            setSortByPosition(false);
        }

        th.planning.reports.document.TextSource source(int pageCount) {
            return new th.planning.reports.document.TextSource(pageCount, ocrPages,
                    ocrPages == 0 ? null : (ocrWords == 0 ? 0.0 : Math.round(confidenceSum / ocrWords * 10) / 10.0),
                    uncertain);
        }

        // Every content stream PDFBox parses is read from the budget's buffer, inflated once within
        // the limit, instead of PDFBox's own inflating (which has no limit). Resources stay the
        // original's, so fonts stay in the document's cache.
        @Override
        public void processPage(PDPage pdPage) throws IOException {
            super.processPage(new PDPage(pdPage.getCOSObject()) {
                @Override
                public RandomAccessRead getContentsForStreamParsing() {
                    return budget.contents(pdPage);
                }

                @Override
                public PDResources getResources() {
                    return pdPage.getResources();
                }
            });
        }

        @Override
        public void showForm(PDFormXObject form) throws IOException {
            super.showForm(new PDFormXObject(form.getCOSObject()) {
                @Override
                public RandomAccessRead getContentsForStreamParsing() {
                    return budget.contents(form.getCOSObject());
                }

                @Override
                public PDResources getResources() {
                    return form.getResources();
                }
            });
        }

        @Override
        public void showTransparencyGroup(PDTransparencyGroup group) throws IOException {
            super.showTransparencyGroup(new PDTransparencyGroup(group.getCOSObject(), null) {
                @Override
                public RandomAccessRead getContentsForStreamParsing() {
                    return budget.contents(group.getCOSObject());
                }

                @Override
                public PDResources getResources() {
                    return group.getResources();
                }
            });
        }

        @Override
        protected void processType3Stream(PDType3CharProc charProc, Matrix textRenderingMatrix) throws IOException {
            // PDType3CharProc is final, so its stream cannot be handed over: counted first (once),
            // then parsed by PDFBox; glyph procedures are a few bytes each.
            budget.count(charProc.getCOSObject());
            super.processType3Stream(charProc, textRenderingMatrix);
        }

        @Override
        public String getText(PDDocument doc) throws IOException {
            try {
                writeText(doc, Writer.nullWriter());
                // pages in order, each scanned page once its OCR is done (they run in parallel)
                for (Object p : pages) {
                    if (p instanceof java.util.concurrent.Future<?> f) {
                        OcrPage scanned = ScannedPages.await(f);
                        ocrPages++;
                        uncertain.addAll(scanned.lowConfidence);
                        confidenceSum += scanned.confidenceSum;
                        ocrWords += scanned.words;
                        joiner.page(new ArrayList<>(scanned.items));
                    } else {
                        @SuppressWarnings("unchecked")
                        List<Object> items = (List<Object>) p;
                        joiner.page(items);
                    }
                }
            } finally {
                for (java.util.concurrent.Future<OcrPage> f : scans) {
                    f.cancel(true); // done ones are unaffected; the rest (a page failed) stop
                }
            }
            joiner.flush();
            return "";
        }

        @Override
        protected void startPage(PDPage pdPage) {
            page.clear();
            rules.clear();
            subpaths.clear();
            boxes.clear();
            crop = pdPage.getCropBox();
            previous = null;
            pageGlyphs = 0;
            marked.clear();
            span = null;
            previousSpan = null;
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            // PDFBox never looks at the interrupt flag: without this a read the job gave up on would
            // go on in the background, holding its memory, until the file's content ran out.
            if (Thread.currentThread().isInterrupted()) {
                throw new UnreadableDocumentException(INTERRUPTED);
            }
            try {
                path(operator.getName(), operands);
            } catch (RuntimeException e) {
                subpaths.clear(); // a malformed path operator: its rules are lost, the text is not
                boxes.clear();
            }
            super.processOperator(operator, operands);
        }

        /** Builds the current path and, when it is painted, keeps its horizontal and vertical rules. */
        private void path(String op, List<COSBase> operands) {
            switch (op) {
                case "m" -> {
                    List<float[]> sub = new ArrayList<>();
                    sub.add(point(operands, 0));
                    subpaths.add(sub);
                }
                case "l" -> current().add(point(operands, 0));
                case "c" -> current().add(point(operands, 4));
                case "v", "y" -> current().add(point(operands, 2));
                case "h" -> {
                    List<float[]> sub = current();
                    if (!sub.isEmpty()) {
                        sub.add(sub.get(0));
                    }
                }
                case "re" -> {
                    float x = number(operands, 0);
                    float y = number(operands, 1);
                    float[] a = display(x, y);
                    float[] b = display(x + number(operands, 2), y + number(operands, 3));
                    boxes.add(new float[] {a[0], a[1], b[0], b[1]});
                }
                case "S", "s" -> paint(true, false);
                case "f", "F", "f*" -> paint(false, true);
                case "B", "B*", "b", "b*" -> paint(true, true);
                case "n" -> paint(false, false);
                default -> {
                    // not a path operator
                }
            }
        }

        private List<float[]> current() {
            if (subpaths.isEmpty()) {
                subpaths.add(new ArrayList<>());
            }
            return subpaths.get(subpaths.size() - 1);
        }

        private void paint(boolean stroke, boolean fill) {
            for (List<float[]> sub : subpaths) {
                if (stroke) {
                    for (int i = 1; i < sub.size(); i++) {
                        float[] a = sub.get(i - 1);
                        float[] b = sub.get(i);
                        rules.segment(a[0], a[1], b[0], b[1]);
                    }
                }
                if (fill && sub.size() > 1) {
                    float x0 = Float.MAX_VALUE, y0 = Float.MAX_VALUE, x1 = -Float.MAX_VALUE, y1 = -Float.MAX_VALUE;
                    for (float[] p : sub) {
                        x0 = Math.min(x0, p[0]);
                        y0 = Math.min(y0, p[1]);
                        x1 = Math.max(x1, p[0]);
                        y1 = Math.max(y1, p[1]);
                    }
                    rules.filledBox(x0, y0, x1, y1);
                }
            }
            for (float[] b : boxes) {
                if (fill) {
                    rules.filledBox(b[0], b[1], b[2], b[3]);
                }
                if (stroke) {
                    rules.strokedBox(b[0], b[1], b[2], b[3]);
                }
            }
            subpaths.clear();
            boxes.clear();
        }

        private float[] point(List<COSBase> operands, int at) {
            return display(number(operands, at), number(operands, at + 1));
        }

        private static float number(List<COSBase> operands, int at) {
            return ((COSNumber) operands.get(at)).floatValue();
        }

        /** User space to the display space of text positions: y down from the crop box's top. */
        private float[] display(float x, float y) {
            Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
            java.awt.geom.Point2D.Float p = ctm.transformPoint(x, y);
            return new float[] {p.x - crop.getLowerLeftX(), crop.getUpperRightY() - p.y};
        }

        /**
         * Marked-content sequences open on this page, innermost last; each entry is the glyphs of an
         * {@code /ActualText} span being collected, or null for a sequence without one (or inside one).
         */
        private final java.util.ArrayDeque<ActualTextSpan> marked = new java.util.ArrayDeque<>();
        /** The outermost open {@code /ActualText} span, whose glyphs are collected instead of read. */
        private ActualTextSpan span;
        /** The first glyph and the text of the span read last. */
        private TextPosition previousSpan;
        private String previousSpanText;

        @Override
        public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
            super.beginMarkedContentSequence(tag, properties);
            ActualTextSpan opened = null;
            if (span == null && properties != null
                    && properties.getDictionaryObject(COSName.ACTUAL_TEXT) instanceof COSString actual) {
                opened = new ActualTextSpan(actual.getString());
                span = opened;
            }
            marked.push(opened == null ? ActualTextSpan.NONE : opened);
        }

        @Override
        public void endMarkedContentSequence() {
            super.endMarkedContentSequence();
            if (marked.isEmpty()) {
                return; // an EMC without its BDC
            }
            if (marked.pop() == span && span != null) {
                ActualTextSpan closed = span;
                span = null;
                closed.emit(this);
            }
        }

        @Override
        protected void processTextPosition(TextPosition p) {
            if (++pageGlyphs > MAX_PAGE_GLYPHS) {
                throw new UnreadableDocumentException("page " + getCurrentPageNo() + " draws more than "
                        + MAX_PAGE_GLYPHS + " glyphs of text");
            }
            if (++glyphs > MAX_GLYPHS) {
                throw new UnreadableDocumentException("more than " + MAX_GLYPHS + " glyphs of text");
            }
            read(p);
        }

        /** One glyph, counted: into the open ActualText span, onto the cluster before it, or a cluster of its own. */
        private void read(TextPosition p) {
            if (span != null) {
                span.glyphs.add(p);
                return;
            }
            String u = p.getUnicode();
            if (u == null || u.isEmpty()) {
                return;
            }
            if (previous != null && isDuplicate(previous, p)) {
                return; // fake bold: the same glyph drawn twice on top of itself
            }
            previous = p;
            previousSpan = null;
            if (u.length() == 1 && u.charAt(0) >= '\uF020' && u.charAt(0) <= '\uF0FF') {
                u = privateUseSymbol(p, u.charAt(0));
                if (u.isEmpty()) {
                    return;
                }
            }
            char first = u.charAt(0);
            if (!page.isEmpty()) {
                Cluster last = page.get(page.size() - 1);
                if (last.pendingAa && first == SARA_AA && u.length() == 1) {
                    // second half of a SARA AM drawn as NIKHAHIT + SARA AA glyphs
                    last.pendingAa = false;
                    last.width = Math.max(last.width, p.getXDirAdj() + p.getWidthDirAdj() - last.x);
                    return;
                }
                boolean splitAm = first == SARA_AM && p.getWidthDirAdj() < 0.1f * Math.max(1f, last.fontSize);
                if ((splitAm || isCombining(first)) && belongsTo(last, p)) {
                    last.addMark(u, splitAm);
                    return;
                }
            }
            page.add(new Cluster(p, u));
        }

        /**
         * The text of a span's glyphs taken from its {@code /ActualText}: a mark or SARA AM joins the
         * cluster before it (reaching to the span's last glyph, as a SARA AM's two glyphs do), anything
         * else is a cluster of its own as wide as the span.
         */
        void actualText(TextPosition first, String text, float end) {
            if (previousSpan != null && text.equals(previousSpanText)
                    && Math.abs(previousSpan.getXDirAdj() - first.getXDirAdj()) < 0.5f
                    && Math.abs(previousSpan.getYDirAdj() - first.getYDirAdj()) < 0.5f) {
                return; // fake bold: the same span drawn twice on top of itself
            }
            previousSpan = first;
            previousSpanText = text;
            char c = text.charAt(0);
            if (!page.isEmpty()) {
                Cluster last = page.get(page.size() - 1);
                if ((c == SARA_AM || isCombining(c)) && belongsTo(last, first)) {
                    last.pendingAa = false;
                    last.addMark(text, false);
                    last.width = Math.max(last.width, end - last.x);
                    return;
                }
            }
            Cluster cluster = new Cluster(first, text);
            cluster.width = Math.max(cluster.width, end - cluster.x);
            page.add(cluster);
        }

        /** Glyphs that the producer drew for a text of its own ({@code /Span <</ActualText (...)>> BDC}). */
        private static final class ActualTextSpan {
            static final ActualTextSpan NONE = new ActualTextSpan("");

            final String text;
            final List<TextPosition> glyphs = new ArrayList<>(2);

            ActualTextSpan(String text) {
                this.text = text;
            }

            /**
             * Reads the span as its ActualText where that is one short run on one baseline (what
             * LibreOffice writes when one glyph stands for a character its ToUnicode gives to another:
             * NIKHAHIT's glyph that ToUnicode calls "ำ", a shifted MAI THO that it calls "ู"); otherwise,
             * or when the ActualText is empty, as the glyphs' own text.
             */
            void emit(LineCollector to) {
                if (glyphs.isEmpty()) {
                    return;
                }
                TextPosition first = glyphs.get(0);
                float size = Math.max(1f, first.getFontSizeInPt());
                float end = first.getXDirAdj() + first.getWidthDirAdj();
                boolean oneLine = true;
                for (TextPosition g : glyphs) {
                    oneLine &= Math.abs(g.getYDirAdj() - first.getYDirAdj()) <= LINE_TOLERANCE * size;
                    end = Math.max(end, g.getXDirAdj() + g.getWidthDirAdj());
                }
                String t = text.replace("\uFEFF", "");
                if (t.isBlank() || !oneLine || t.length() > ACTUAL_TEXT_MAX || t.codePoints().anyMatch(Character::isISOControl)) {
                    for (TextPosition g : glyphs) {
                        to.read(g);
                    }
                    return;
                }
                to.previous = null;
                to.actualText(first, t, end);
            }
        }

        @Override
        protected void endPage(PDPage pdPage) throws IOException {
            if (span != null) { // a span the page's content left open
                ActualTextSpan open = span;
                span = null;
                open.emit(this);
            }
            List<RuledGrids.Grid> grids = rules.isEmpty() ? List.of() : rules.grids();
            List<Cluster> free = new ArrayList<>();
            Map<RuledGrids.Grid, List<List<Cluster>>> inCells = new java.util.IdentityHashMap<>();
            for (Cluster c : withoutOverprints(page)) {
                float cx = c.x + c.width / 2;
                float cy = c.y - 0.3f * c.fontSize;
                boolean placed = false;
                for (RuledGrids.Grid g : grids) {
                    if (g.contains(cx, cy)) {
                        int cell = g.cellAt(cx, cy);
                        if (cell >= 0) {
                            List<List<Cluster>> cells = inCells.computeIfAbsent(g, k -> {
                                List<List<Cluster>> l = new ArrayList<>();
                                for (int i = 0; i < k.cells().size(); i++) {
                                    l.add(new ArrayList<>());
                                }
                                return l;
                            });
                            cells.get(cell).add(c);
                            placed = true;
                        }
                        break;
                    }
                }
                if (!placed) {
                    free.add(c);
                }
            }
            BorderlessTables.Result borderless = BorderlessTables.find(free, openTable);
            openTable = borderless.open();
            List<Line> built = buildLines(borderless.rest());
            List<Object> items = new ArrayList<>(built);
            for (BorderlessTables.Found f : borderless.tables()) {
                items.add(new PageTable(f.top(), f.xs(), f.table(), f.lastRowFull(), f.lastRowEndedAbove()));
            }
            for (RuledGrids.Grid g : grids) {
                List<List<Cluster>> cells = inCells.get(g);
                if (cells != null) {
                    List<List<Line>> lines = new ArrayList<>(cells.size());
                    for (List<Cluster> cell : cells) {
                        lines.add(buildLines(cell));
                    }
                    items.add(pageTable(g, lines));
                }
            }
            readingOrder(items);
            if (items.isEmpty() && page.isEmpty() && hasImage(pdPage.getResources(), 0)) {
                // no text on the page, an image: a scan, read by OCR when that is installed
                if (ocr.unavailable() == null) {
                    java.util.concurrent.Future<OcrPage> scan = ocr.submit(pdf, getCurrentPageNo() - 1);
                    scans.add(scan);
                    pages.add(scan);
                } else {
                    scannedNotRead++;
                }
            } else {
                pages.add(items);
            }
            page.clear();
            rules.clear();
        }
    }

    /** Whether the resources draw an image, directly or in a form (two levels deep at most). */
    static boolean hasImage(PDResources resources, int depth) {
        if (resources == null || depth > 2) {
            return false;
        }
        try {
            for (COSName name : resources.getXObjectNames()) {
                var x = resources.getXObject(name);
                if (x instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
                    return true;
                }
                if (x instanceof PDFormXObject form && hasImage(form.getResources(), depth + 1)) {
                    return true;
                }
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return false;
    }

    /** A table of one page, the y of its top rule (for reading order) and its column boundaries. */
    record PageTable(float top, float[] xs, Table table, boolean lastRowFull, boolean[] lastRowEndedAbove) {
    }

    /** A ruled grid's table from its cells' lines (a text page's or a scanned page's), with what its continuation needs. */
    static PageTable pageTable(RuledGrids.Grid grid, List<List<Line>> cellLines) {
        return new PageTable(grid.top(), grid.xs(), table(grid, cellLines), lastRowFull(grid, cellLines),
                lastRowEndedAbove(grid, cellLines));
    }

    /** A page's lines and tables in reading order: top to bottom. */
    static void readingOrder(List<Object> items) {
        items.sort(Comparator.comparingDouble(o -> o instanceof Line l ? l.y : ((PageTable) o).top));
    }

    /**
     * For each cell of the grid's last row, left to right: whether its text ends well above the row's
     * bottom (more than two font sizes), so it ended before any page break and cannot go on over it,
     * as a short target beside a tall indicator cell.
     */
    static boolean[] lastRowEndedAbove(RuledGrids.Grid grid, List<List<Line>> cellLines) {
        int lastRow = grid.ys().length - 2;
        float bottom = grid.ys()[lastRow + 1];
        List<int[]> cells = grid.cells();
        List<Integer> inRow = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i)[0] == lastRow) {
                inRow.add(i);
            }
        }
        inRow.sort(Comparator.comparingInt(i -> cells.get(i)[2]));
        boolean[] out = new boolean[inRow.size()];
        for (int k = 0; k < inRow.size(); k++) {
            List<Line> lines = cellLines.get(inRow.get(k));
            if (!lines.isEmpty()) {
                Line last = lines.get(lines.size() - 1);
                out[k] = bottom - last.y > 2 * last.fontSize;
            }
        }
        return out;
    }

    /**
     * Whether every cell with text in the grid's last row ends in a full line (within a few font sizes
     * of the cell's right border): text that a page break cut, not text that ended there.
     */
    static boolean lastRowFull(RuledGrids.Grid grid, List<List<Line>> cellLines) {
        int lastRow = grid.ys().length - 2;
        boolean any = false;
        for (int i = 0; i < grid.cells().size(); i++) {
            int[] c = grid.cells().get(i);
            List<Line> lines = cellLines.get(i);
            if (c[1] != lastRow || lines.isEmpty()) {
                continue;
            }
            Line last = lines.get(lines.size() - 1);
            if (last.x1 < grid.xs()[c[3] + 1] - 4 * last.fontSize) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /**
     * A table that opens a page and has the columns of the table that closed the page before is the
     * same table continued. Its first row after the repeated header is the second part of the row the
     * page broke when it does not open an item of its own (a number, "กิจกรรมที่", "เชิงปริมาณ") and
     * either has a cell left empty where the broken row's is filled (that column ended before the
     * break), or the broken row opens an item, or each of its cells ends in a full line; and no cell of it has text where the broken row's is
     * empty, since a cell's text starts at its row's top, before any break. That part is moved into the broken row, cell by cell,
     * so the row reads as in the source; the rest stays a table of its own. Returns the continued
     * table without the moved row, and replaces the previous table in {@code out}; null when the
     * table does not continue a broken row.
     */
    /**
     * Whether a row that opens a page repeats the header row of the table before: the same text, or for a
     * scan read by OCR, within a fifth of its length of edits (the header read "วชีวัด" at the top of the
     * next page where it read "ตัวชี้วัด" before). A body row is never that close to a header row.
     */
    static boolean sameHeaderRow(String next, String previous) {
        if (next.equals(previous)) {
            return true;
        }
        int longer = Math.max(next.length(), previous.length());
        int allowed = longer / 5;
        return longer >= 8 && Math.abs(next.length() - previous.length()) <= allowed
                && editDistance(next, previous, allowed) <= allowed;
    }

    /** Levenshtein distance of two texts, stopped once it is over {@code limit} (then some value over it). */
    static int editDistance(String a, String b, int limit) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int best = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                best = Math.min(best, cur[j]);
            }
            if (best > limit) {
                return best;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    static Table continueBrokenRow(List<Block> out, PageTable prevTable, PageTable next) {
        if (out.isEmpty() || !(out.get(out.size() - 1) instanceof Table prev) || !sameColumns(prevTable.xs(), next.xs())) {
            return null;
        }
        List<Row> pr = prev.rows();
        List<Row> nr = next.table().rows();
        int h = 0;
        while (h < nr.size() && h < pr.size() - 1 && sameHeaderRow(nr.get(h).text(), pr.get(h).text())) {
            h++;
        }
        if (h >= nr.size()) {
            return null;
        }
        Row last = pr.get(pr.size() - 1);
        Row part = nr.get(h);
        if (last.cells().size() != part.cells().size() || part.text().isBlank()) {
            return null;
        }
        boolean emptyWhereFilled = false;
        for (int i = 0; i < last.cells().size(); i++) {
            Cell a = last.cells().get(i);
            Cell b = part.cells().get(i);
            if (a.colSpan() != b.colSpan() || a.rowSpan() != 1 || b.rowSpan() != 1) {
                return null;
            }
            if (b.text().isBlank() && !a.text().isBlank()) {
                emptyWhereFilled = true;
            }
            if (a.text().isBlank() && !b.text().isBlank()) {
                return null; // a cell's text starts in its row's first part: this row is a new one
            }
            boolean[] ended = prevTable.lastRowEndedAbove();
            if (!a.text().isBlank() && !b.text().isBlank() && i < ended.length && ended[i]) {
                return null; // that cell's text had ended before the break: this row is a new one
            }
        }
        String partFirst = part.cells().get(0).text().strip();
        if (opensItem(partFirst)
                || !(emptyWhereFilled || prevTable.lastRowFull() || opensItem(last.cells().get(0).text().strip()))) {
            return null;
        }
        List<Cell> joined = new ArrayList<>();
        for (int i = 0; i < last.cells().size(); i++) {
            Cell a = last.cells().get(i);
            Cell b = part.cells().get(i);
            List<Block> content = new ArrayList<>(a.content());
            List<Block> more = new ArrayList<>(b.content());
            if (!content.isEmpty() && !more.isEmpty() && content.get(content.size() - 1) instanceof Paragraph pa
                    && more.get(0) instanceof Paragraph pb && !startsListItem(pb.text())) {
                StringBuilder t = new StringBuilder(pa.text());
                if (needsSpace(t, pb.text())) {
                    t.append(' ');
                }
                content.set(content.size() - 1, new Paragraph(t.append(pb.text()).toString()));
                more.remove(0);
            }
            content.addAll(more);
            joined.add(new Cell(content, a.colSpan(), 1, null));
        }
        List<Row> prevRows = new ArrayList<>(pr);
        prevRows.set(prevRows.size() - 1, new Row(joined, last.where())); // where the row began
        out.set(out.size() - 1, new Table(prevRows));
        List<Row> rest = new ArrayList<>(nr);
        rest.remove(h);
        for (int i = 0; i < h; i++) {
            // a repeated header OCR read with other letters is the header the table began with
            rest.set(i, new Row(pr.get(i).cells(), nr.get(i).where()));
        }
        return new Table(rest);
    }

    private static boolean sameColumns(float[] a, float[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (Math.abs(a[i] - b[i]) > RuledGrids.TOLERANCE) {
                return false;
            }
        }
        return true;
    }

    /** Whether a cell's text opens an item: a number, a bullet, "กิจกรรมที่", or an indicator's kind. */
    static boolean opensItem(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return Character.isDigit(c) || startsListItem(text) || text.startsWith("(") && text.length() > 1
                && Character.isDigit(text.charAt(1)) || text.startsWith("กิจกรรม") || text.startsWith("เชิงปริมาณ")
                || text.startsWith("เชิงคุณภาพ");
    }

    /** The grid's cells as table rows, each cell's lines joined into paragraphs as on the page. */
    static Table table(RuledGrids.Grid grid, List<List<Line>> cellLines) {
        int rows = grid.ys().length - 1;
        List<List<Cell>> byRow = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            byRow.add(new ArrayList<>());
        }
        List<int[]> cells = new ArrayList<>(grid.cells());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingInt(i -> cells.get(i)[0]).thenComparingInt(i -> cells.get(i)[2]));
        for (int i : order) {
            int[] c = cells.get(i);
            List<Block> content = new ArrayList<>();
            List<Block> paragraphs = new ArrayList<>();
            ParagraphJoiner cellJoiner = new ParagraphJoiner(paragraphs);
            cellJoiner.page(new ArrayList<>(cellLines.get(i)));
            cellJoiner.flush();
            content.addAll(paragraphs);
            byRow.get(c[0]).add(new Cell(content, c[3] - c[2] + 1, c[1] - c[0] + 1, null));
        }
        List<Row> out = new ArrayList<>();
        for (List<Cell> row : byRow) {
            out.add(new Row(row));
        }
        return new Table(out);
    }

    /** A symbol font's private-use character (Word's bullets and boxes) as Unicode. */
    static String privateUseSymbol(TextPosition p, char c) {
        String font = p.getFont() == null || p.getFont().getName() == null ? "" : p.getFont().getName();
        int plus = font.indexOf('+');
        font = (plus >= 0 ? font.substring(plus + 1) : font).replace('-', ' ').replace(',', ' ');
        String lower = font.toLowerCase(java.util.Locale.ROOT);
        String family = lower.startsWith("wingdings 2") || lower.startsWith("wingdings2") ? "Wingdings 2"
                : lower.startsWith("wingdings") ? "Wingdings"
                : "Symbol";
        String mapped = Symbols.symbol(family, Integer.toHexString(c));
        if (mapped.isEmpty() && c == '\uF0B7') {
            return "•";
        }
        return mapped;
    }

    /** The farthest apart, in points, that two copies of a glyph count as one glyph drawn twice. */
    static final float OVERPRINT = 1f;

    /**
     * The page's clusters without the second copy of a text drawn twice at (nearly) the same place: a
     * bold imitation that draws a whole line again, in another font, a fraction of a point off (the
     * cover of the FY2565 budget volume 14 read "แออกกสสาารรงงบบ" for "เอกสารงบ"). A copy is the same
     * text within {@link #OVERPRINT} points and a quarter of its width on both axes, so a run of the
     * same character, each a glyph's width from the last ("....."), is never thinned.
     */
    static List<Cluster> withoutOverprints(List<Cluster> clusters) {
        Map<Long, List<Cluster>> grid = new java.util.HashMap<>();
        List<Cluster> kept = new ArrayList<>(clusters.size());
        for (Cluster c : clusters) {
            long cx = (long) Math.floor(c.x / OVERPRINT);
            long cy = (long) Math.floor(c.y / OVERPRINT);
            if (!overprints(c, cx, cy, grid)) {
                kept.add(c);
                grid.computeIfAbsent(cx << 32 ^ (cy & 0xFFFFFFFFL), k -> new ArrayList<>(1)).add(c);
            }
        }
        return kept;
    }

    private static boolean overprints(Cluster c, long cx, long cy, Map<Long, List<Cluster>> grid) {
        float within = Math.min(OVERPRINT, 0.25f * c.width);
        if (within <= 0 || c.blank()) {
            return false;
        }
        for (long dx = -1; dx <= 1; dx++) {
            for (long dy = -1; dy <= 1; dy++) {
                List<Cluster> near = grid.get((cx + dx) << 32 ^ ((cy + dy) & 0xFFFFFFFFL));
                if (near == null) {
                    continue;
                }
                for (Cluster o : near) {
                    if (Math.abs(o.x - c.x) < within && Math.abs(o.y - c.y) < within
                            && o.text.compareTo(c.text) == 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static boolean isDuplicate(TextPosition a, TextPosition b) {
        return a.getUnicode().equals(b.getUnicode())
                && Math.abs(a.getXDirAdj() - b.getXDirAdj()) < 0.5f
                && Math.abs(a.getYDirAdj() - b.getYDirAdj()) < 0.5f
                && a.getWidthDirAdj() > 0;
    }

    /** Whether a mark glyph sits over or next to the cluster before it (not on another line). */
    static boolean belongsTo(Cluster base, TextPosition mark) {
        float size = base.fontSize;
        float mx = mark.getXDirAdj();
        return Math.abs(mark.getYDirAdj() - base.y) <= size
                && mx >= base.x - size * 0.6f
                && mx <= base.end() + size * 0.6f;
    }

    static final char SARA_AM = '\u0E33';
    static final char SARA_AA = '\u0E32';

    /** Thai above/below vowels and tone marks, and other non-spacing marks. */
    static boolean isCombining(char c) {
        if (c >= '\u0E00' && c <= '\u0E7F') {
            return c == '\u0E31' || (c >= '\u0E34' && c <= '\u0E3A') || (c >= '\u0E47' && c <= '\u0E4E');
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /** One visual line: its text and where it sits. */
    static final class Line {
        final String text;
        final float x0;
        final float x1;
        final float y;
        final float fontSize;
        /** Width from the line's start to its first space (its first word, for spaced text). */
        final float firstWordWidth;
        /** Whether a gap as wide as a table column separates two parts of the line. */
        final boolean columns;
        /** Whether the line ends in a space glyph (a wrap at a space, in LibreOffice's PDFs). */
        final boolean trailingSpace;

        Line(String text, float x0, float x1, float y, float fontSize, float firstWordWidth, boolean columns,
             boolean trailingSpace) {
            this.text = text;
            this.x0 = x0;
            this.x1 = x1;
            this.y = y;
            this.fontSize = fontSize;
            this.firstWordWidth = firstWordWidth;
            this.columns = columns;
            this.trailingSpace = trailingSpace;
        }
    }

    /** Groups clusters into lines by baseline, orders each line left to right, and spaces words. */
    static List<Line> buildLines(List<Cluster> clusters) {
        List<Line> out = new ArrayList<>();
        if (clusters.isEmpty()) {
            return out;
        }
        List<Cluster> byY = new ArrayList<>(clusters);
        byY.sort(Comparator.comparingDouble(c -> c.y)); // stable: stream order kept within a baseline
        List<Cluster> line = new ArrayList<>();
        float lineY = byY.get(0).y;
        float lineSize = byY.get(0).fontSize;
        for (Cluster c : byY) {
            if (!line.isEmpty() && c.y - lineY > LINE_TOLERANCE * Math.min(lineSize, c.fontSize)) {
                addLine(line, out);
                line.clear();
            }
            if (line.isEmpty()) {
                lineY = c.y;
                lineSize = c.fontSize;
            }
            line.add(c);
        }
        addLine(line, out);
        return out;
    }

    /** A gap wider than this many font sizes inside a line separates table columns. */
    static final float COLUMN_GAP = 1.5f;

    private static void addLine(List<Cluster> line, List<Line> out) {
        if (line.isEmpty()) {
            return;
        }
        line.sort(Comparator.comparingDouble(c -> c.x));
        StringBuilder sb = new StringBuilder(line.size() + 8);
        Cluster prev = null;
        float x0 = Float.NaN;
        float x1 = 0;
        float size = 0;
        float firstWordEnd = Float.NaN;
        boolean columns = false;
        for (Cluster c : line) {
            boolean blank = c.blank();
            if (!blank && Float.isNaN(x0)) {
                x0 = c.x;
            }
            if (prev != null && sb.length() > 0) {
                float gap = c.x - prev.end();
                float em = Math.min(prev.fontSize, c.fontSize);
                boolean spaced = Character.isWhitespace(sb.charAt(sb.length() - 1))
                        || Character.isWhitespace(c.text.charAt(0));
                if (!blank && gap > COLUMN_GAP * em) {
                    sb.append('\t');
                    columns = true;
                } else if (!spaced && gap > SPACE_GAP * em) {
                    sb.append(' ');
                }
            }
            if (blank && !Float.isNaN(x0) && Float.isNaN(firstWordEnd)) {
                firstWordEnd = c.x;
            }
            sb.append(c.text);
            if (!blank) {
                x1 = Math.max(x1, c.end());
                size = Math.max(size, c.fontSize);
            }
            // a space glyph's own width is part of the gap to the next word
            prev = blank && prev != null ? prev : c;
        }
        String text = collapseSpaces(sb);
        if (text.isEmpty()) {
            return;
        }
        float firstWord = (Float.isNaN(firstWordEnd) ? x1 : firstWordEnd) - x0;
        out.add(new Line(text, x0, x1, line.get(0).y, size, firstWord, columns, line.get(line.size() - 1).blank()));
    }

    /**
     * Joins the lines of a wrapped paragraph, across pages too: the next line continues the open
     * paragraph when it starts at the paragraph's indent (or its hanging indent), its first word
     * would not have fitted at the end of the previous line, and, on the same page, it follows at
     * the page's tightest line pitch (paragraph spacing ends a paragraph). Table rows (lines with
     * column gaps) are never joined.
     */
    static final class ParagraphJoiner {
        private final List<Block> out;
        private final StringBuilder para = new StringBuilder();
        private Line prev;
        private float paraX0;
        private float prevRight;
        /** The table that ended the last page, when nothing came after it. */
        private PageTable lastTable;
        /** The page being joined (1-based) and the page the open paragraph began on: its locator. */
        private int pageNo;
        private int paraPage;

        ParagraphJoiner(List<Block> out) {
            this.out = out;
        }

        /** One page's lines and tables, top to bottom: a table ends the paragraph before it. */
        void page(List<Object> items) {
            pageNo++;
            List<Line> lines = new ArrayList<>();
            for (Object o : items) {
                if (o instanceof Line l) {
                    lines.add(l);
                }
            }
            if (items.isEmpty()) {
                return;
            }
            float right = 0;
            float minPitch = Float.MAX_VALUE;
            for (int i = 0; i < lines.size(); i++) {
                Line l = lines.get(i);
                right = Math.max(right, l.x1);
                if (i > 0 && !l.columns && !lines.get(i - 1).columns) {
                    float pitch = l.y - lines.get(i - 1).y;
                    if (pitch > 0.5f * l.fontSize) {
                        minPitch = Math.min(minPitch, pitch);
                    }
                }
            }
            boolean firstOnPage = true;
            for (Object item : items) {
                if (item instanceof PageTable t) {
                    flush();
                    Table rest = firstOnPage && lastTable != null ? continueBrokenRow(out, lastTable, t) : null;
                    if (rest == null) {
                        out.add(Where.page(pageNo).on(t.table()));
                    } else if (!rest.rows().isEmpty()) {
                        out.add(Where.page(pageNo).on(rest));
                    }
                    lastTable = t;
                    prev = null;
                    firstOnPage = false;
                    continue;
                }
                lastTable = null;
                Line l = (Line) item;
                boolean join = false;
                if (prev != null && !prev.columns && !l.columns) {
                    float em = Math.max(prev.fontSize, l.fontSize);
                    boolean sameIndent = l.x0 >= paraX0 - 0.5f * em && l.x0 <= prev.x0 + 3 * em;
                    float lineRight = firstOnPage ? prevRight : right;
                    // Thai runs have no spaces: its "first word" may be a whole phrase, so cap it
                    float firstWord = isThai(l.text.charAt(0)) ? Math.min(l.firstWordWidth, 6 * em) : l.firstWordWidth;
                    boolean wouldNotFit = prev.x1 + 0.3f * em + firstWord > lineRight;
                    boolean tight;
                    if (firstOnPage) {
                        tight = true;
                    } else {
                        float pitch = l.y - prev.y;
                        tight = pitch > 0 && pitch <= minPitch + 0.1f * em && pitch < 2.5f * em;
                    }
                    join = sameIndent && wouldNotFit && tight
                            && (!startsListItem(l.text) || dashContinues(para, l.text));
                }
                if (join) {
                    if (prev.trailingSpace || needsSpace(para, l.text)) {
                        para.append(' ');
                    }
                    para.append(l.text);
                } else {
                    flush();
                    para.append(l.text);
                    paraX0 = l.x0;
                    paraPage = pageNo;
                }
                prev = l;
                firstOnPage = false;
            }
            prevRight = right;
        }

        void flush() {
            if (para.length() > 0) {
                out.add(new Paragraph(para.toString(), paraPage > 0 ? Where.page(paraPage) : null));
                para.setLength(0);
            }
        }
    }

    /**
     * Whether a line that starts with "- " is the rest of the paragraph before, wrapped at the space
     * before a dash of the text, rather than a bullet item: the paragraph has a bracket still open
     * ("(เมษายน" / "- พฤษภาคม)") or ends in a number that the dash makes a range of ("พ.ศ. ๒๕๖๖" /
     * "- ๒๕๗๐"). A bullet after a line that happens to be full is not told apart by its geometry, so
     * only these are joined.
     */
    static boolean dashContinues(CharSequence paragraph, String line) {
        if (paragraph.length() == 0 || line.length() < 3 || "-–".indexOf(line.charAt(0)) < 0 || line.charAt(1) != ' ') {
            return false;
        }
        int open = 0;
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if (c == '(') {
                open++;
            } else if (c == ')' && open > 0) {
                open--;
            }
        }
        if (open > 0) {
            return true;
        }
        String rest = line.substring(2).stripLeading();
        return Character.isDigit(paragraph.charAt(paragraph.length() - 1)) && !rest.isEmpty()
                && Character.isDigit(rest.charAt(0));
    }

    /**
     * Whether a line opens a list item, which no wrapped line does: a bullet or checkbox and a
     * space ("☐ ณ สิ้นไตรมาส", "◦ ยุทธศาสตร์"), or an item number with a dot ("๙.๒ ", "๔. ").
     */
    static boolean startsListItem(String text) {
        if (text.length() < 2) {
            return false;
        }
        char c = text.charAt(0);
        if ("☐☑☒□■▪▫◦•●○✓✔-–*☞➢➤►".indexOf(c) >= 0) {
            return text.charAt(1) == ' ';
        }
        int i = 0;
        boolean dot = false;
        while (i < text.length()) {
            char d = text.charAt(i);
            if (Character.isDigit(d)) {
                i++;
            } else if (d == '.' && i > 0 && Character.isDigit(text.charAt(i - 1))) {
                dot = true;
                i++;
            } else {
                break;
            }
        }
        return dot && i > 1 && i < text.length() && text.charAt(i) == ' ';
    }

    /**
     * Thai wraps between words without a space, so a Thai-to-Thai join takes none; anything else
     * (a number, Latin text, an opening bracket) was a space in the source.
     */
    static boolean needsSpace(CharSequence before, String after) {
        char a = before.charAt(before.length() - 1);
        char b = after.charAt(0);
        return !(isThai(a) && isThai(b));
    }

    static boolean isThai(char c) {
        return c >= '\u0E01' && c <= '\u0E4F' && !(c >= '\u0E50' && c <= '\u0E59');
    }

    /** Runs of spaces (from space glyphs and positioning) as one; no spaces at the ends. */
    static String collapseSpaces(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == ' ' || ch == '\u00A0' || ch == '\t') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(ch);
            }
        }
        return out.toString();
    }
}
