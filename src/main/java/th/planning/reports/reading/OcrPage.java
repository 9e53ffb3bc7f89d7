package th.planning.reports.reading;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import th.planning.reports.document.FormVocabulary;
import th.planning.reports.document.OcrFigure;

/**
 * One scanned page's words (from {@link Tesseract}) made into the lines the PDF reader builds from a
 * text layer, with every figure re-read by {@link ThaiDigitClassifier} and every checkbox seen in
 * the image.
 *
 * <p>Figures: Tesseract's Thai model knows only ๐ ๑ ๒ ๓ ๕ and reads ๔ ๖ ๗ ๘ ๙ as one of them, and
 * sometimes drops a digit (๒๕๖๗ as ๒๕๒). So a run of words that Tesseract read as a figure (digits
 * with their commas and points) is read again from the image: the ink in the run's box is cut into
 * glyphs (connected components, pieces stacked above one another joined), tall glyphs are classified
 * as digits, small ones between them are a point or a comma by their place on the baseline. The
 * figure's confidence is the lower of Tesseract's and the digit classifier's.
 *
 * <p>Checkboxes (☐ ☑ of the quarter list): Tesseract reads them as letters ("[ๆ", "[7"). A line
 * that starts with a square frame of ink has it replaced by ☐, or ☑ when there is ink inside.
 *
 * <p>Lines: Tesseract's lines that share a height on the page (cells of one table row, read as
 * blocks of their own) are one line, parts joined by a tab where the gap is a column's, as the
 * text-layer reader does. Coordinates are turned into points so the same paragraph joining applies.
 *
 * <p>Tables: the page's ruling lines ({@link ScanRules}) are cut into grids and cells by
 * {@link RuledGrids}, as a text page's drawn rules are; each token goes into the cell that holds its
 * centre (in the page turned back by its skew), and a cell's tokens become its lines as above. The page
 * is then lines outside grids and tables, top to bottom, as a text page is.
 */
final class OcrPage {

    /**
     * Below this a figure read by OCR is reported as uncertain. Measured on the five sample scans
     * ({@code OcrConfidenceTest}): under 30 are 61 of the 75 figures of two digits or more not in the
     * text layer and 13 of the 358 right ones; under 60 were 67 of the wrong but 130 of the right.
     */
    static final double LOW_CONFIDENCE = 30;

    /**
     * A gap between two digits wider than this share of a digit's height is a space: on the sample
     * scans digits of one figure stand at most 0.3 apart, digits either side of a space 0.47 or more.
     */
    static final double SPACE = 0.4;

    /** A point or comma is at least this share of a digit's height across; anything smaller is a speck of the scan. */
    static final double MARK = 0.12;

    /** A pixel darker than this is ink. */
    static final int INK = 150;

    private final BufferedImage image;
    private final int dpi;
    private final int pageNumber;
    private final ThaiDigitClassifier digits;

    /** The page's lines outside tables and its tables (PdfReader.PageTable), top to bottom, as a text page's. */
    final List<Object> items = new ArrayList<>();
    final List<OcrFigure> lowConfidence = new ArrayList<>();
    /** Every figure re-read on the page, with its confidence (what {@link #LOW_CONFIDENCE} was measured on). */
    final List<OcrFigure> figures = new ArrayList<>();
    /** The figures of the line being read, by token, until the line's tokens are settled. */
    private final java.util.Map<Token, OcrFigure> readFigures = new java.util.IdentityHashMap<>();
    double confidenceSum;
    int words;

    OcrPage(BufferedImage image, int dpi, int pageNumber, ThaiDigitClassifier digits) {
        this.image = image;
        this.dpi = dpi;
        this.pageNumber = pageNumber;
        this.digits = digits;
    }

    /** A token of a line: its text, box (pixels) and confidence; a figure's is the re-read one. */
    private record Token(String text, int x0, int y0, int x1, int y1, double confidence, boolean figure) {
    }

    /** Builds the page's lines and tables from Tesseract's words, finding the rules in the page image (not painted over). */
    OcrPage build(List<Tesseract.Word> all) {
        return build(all, ScanRules.find(image, dpi));
    }

    /** Builds the page's lines and tables from Tesseract's words and the page's rules. */
    OcrPage build(List<Tesseract.Word> all, ScanRules rules) {
        // Tesseract's lines, in its order
        List<List<Tesseract.Word>> tLines = new ArrayList<>();
        List<Tesseract.Word> current = null;
        Tesseract.Word last = null;
        for (Tesseract.Word w : all) {
            if (last == null || w.block() != last.block() || w.paragraph() != last.paragraph() || w.line() != last.line()) {
                current = new ArrayList<>();
                tLines.add(current);
            }
            current.add(w);
            last = w;
        }
        List<List<Token>> tokenLines = new ArrayList<>();
        for (List<Tesseract.Word> l : tLines) {
            List<Token> tokens = tokens(l);
            if (!tokens.isEmpty()) {
                tokenLines.add(tokens);
            }
        }
        // the page straightened (a scan lies a little crooked) and cut into table cells by its rules:
        // each token goes where its centre is, a Tesseract line that crosses cells is parted
        RuledGrids ruled = rules.grids();
        List<RuledGrids.Grid> grids = ruled.isEmpty() ? List.of() : ruled.grids();
        float scale = 72f / dpi;
        List<List<Token>> free = new ArrayList<>();
        Map<RuledGrids.Grid, List<List<List<Token>>>> inCells = new IdentityHashMap<>();
        for (List<Token> l : tokenLines) {
            List<Token> outside = new ArrayList<>();
            Map<List<List<Token>>, List<Token>> parts = new IdentityHashMap<>();
            for (Token t : l) {
                Token s = straightened(t, rules);
                float cx = (s.x0() + s.x1()) / 2f * scale;
                float cy = (s.y0() + s.y1()) / 2f * scale;
                List<List<Token>> cell = null;
                for (RuledGrids.Grid g : grids) {
                    if (g.contains(cx, cy)) {
                        int at = g.cellAt(cx, cy);
                        if (at >= 0) {
                            cell = inCells.computeIfAbsent(g, k -> {
                                List<List<List<Token>>> cells = new ArrayList<>();
                                for (int i = 0; i < k.cells().size(); i++) {
                                    cells.add(new ArrayList<>());
                                }
                                return cells;
                            }).get(at);
                        }
                        break;
                    }
                }
                if (cell == null) {
                    outside.add(s);
                } else {
                    parts.computeIfAbsent(cell, k -> new ArrayList<>()).add(s);
                }
            }
            if (!outside.isEmpty()) {
                free.add(outside);
            }
            parts.forEach((cell, part) -> cell.add(part));
        }
        items.addAll(lines(free));
        for (RuledGrids.Grid g : grids) {
            List<List<List<Token>>> cells = inCells.get(g);
            if (cells != null) {
                List<List<PdfReader.Line>> cellLines = new ArrayList<>(cells.size());
                for (List<List<Token>> cell : cells) {
                    cellLines.add(lines(cell));
                }
                items.add(PdfReader.pageTable(g, cellLines));
            }
        }
        PdfReader.readingOrder(items);
        return this;
    }

    /** A token moved with its centre into the straightened page (its box stays as it is: skew is under a degree). */
    private static Token straightened(Token t, ScanRules rules) {
        double cx = (t.x0() + t.x1()) / 2.0;
        double cy = (t.y0() + t.y1()) / 2.0;
        double[] s = rules.straight(cx, cy);
        int dx = (int) Math.round(s[0] - cx);
        int dy = (int) Math.round(s[1] - cy);
        return new Token(t.text(), t.x0() + dx, t.y0() + dy, t.x1() + dx, t.y1() + dy, t.confidence(), t.figure());
    }

    /** Tesseract's lines (of the page, or of one cell) as visual lines: parts at the same height are one line. */
    private List<PdfReader.Line> lines(List<List<Token>> tokenLines) {
        List<List<Token>> sorted = new ArrayList<>(tokenLines);
        sorted.sort(Comparator.comparingDouble(OcrPage::centre));
        List<List<Token>> merged = new ArrayList<>();
        for (List<Token> l : sorted) {
            List<Token> prev = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (prev != null && overlap(prev, l)) {
                prev.addAll(l);
            } else {
                merged.add(new ArrayList<>(l));
            }
        }
        List<PdfReader.Line> out = new ArrayList<>();
        for (List<Token> l : merged) {
            l.sort(Comparator.comparingInt(Token::x0));
            PdfReader.Line line = line(l);
            if (line != null) {
                out.add(line);
            }
        }
        return out;
    }

    private static double centre(List<Token> l) {
        return (top(l) + bottom(l)) / 2.0;
    }

    private static int top(List<Token> l) {
        return l.stream().mapToInt(Token::y0).min().orElse(0);
    }

    private static int bottom(List<Token> l) {
        return l.stream().mapToInt(Token::y1).max().orElse(0);
    }

    /** Whether two lines share more than half the smaller one's height (by their median glyph band). */
    private static boolean overlap(List<Token> a, List<Token> b) {
        int[] ba = band(a);
        int[] bb = band(b);
        int common = Math.min(ba[1], bb[1]) - Math.max(ba[0], bb[0]);
        return common > 0.5 * Math.min(ba[1] - ba[0], bb[1] - bb[0]);
    }

    /** A line's body: the median top and bottom of its tokens (tone marks and tails aside). */
    private static int[] band(List<Token> l) {
        int[] tops = l.stream().mapToInt(Token::y0).sorted().toArray();
        int[] bottoms = l.stream().mapToInt(Token::y1).sorted().toArray();
        return new int[] {tops[tops.length / 2], bottoms[bottoms.length / 2]};
    }

    /** The tokens of one Tesseract line, figures re-read and a leading checkbox recognised. */
    private List<Token> tokens(List<Tesseract.Word> line) {
        List<Tesseract.Word> sorted = new ArrayList<>(line);
        sorted.sort(Comparator.comparingInt(Tesseract.Word::x));
        int lineTop = sorted.stream().mapToInt(Tesseract.Word::y).min().orElse(0);
        int lineBottom = sorted.stream().mapToInt(Tesseract.Word::bottom).max().orElse(0);
        double h = medianHeight(sorted);
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            Tesseract.Word w = sorted.get(i);
            boolean starts = numeric(w.text()) || i + 1 < sorted.size() && numeric(sorted.get(i + 1).text())
                    && sorted.get(i + 1).x() - w.right() < 0.5 * h && digitLike(w, h)
                    || beforePointAndDigits(sorted, i, h) && digitLike(w, h);
            if (starts) {
                int j = i + 1;
                while (j < sorted.size() && sorted.get(j).x() - sorted.get(j - 1).right() < 1.0 * h
                        && (numeric(sorted.get(j).text()) || digitLike(sorted.get(j), h))) {
                    j++;
                }
                // a figure just before may be the same one, read by Tesseract as two: the glyphs are
                // looked at back to its start, so the re-reading can take it in whole
                Token before = null;
                for (int k = out.size() - 1; k >= 0 && before == null; k--) {
                    // past a comma Tesseract read as a word of its own
                    if (!out.get(k).text().chars().allMatch(c -> c == ',' || c == '.')) {
                        before = out.get(k);
                    }
                }
                Token joined = before != null && before.figure() && w.x() - before.x1() < 1.5 * h ? before : null;
                Token figure = figure(sorted.subList(i, j), lineTop, lineBottom, h, readAsText(sorted, i, j, h), i == 0,
                        joined);
                // words the figure's glyphs reached over were read as part of it
                while (!out.isEmpty() && (out.get(out.size() - 1).x0() + out.get(out.size() - 1).x1()) / 2 >= figure.x0()) {
                    out.remove(out.size() - 1);
                }
                out.add(figure);
                i = j;
                while (i < sorted.size() && (sorted.get(i).x() + sorted.get(i).right()) / 2 <= figure.x1()) {
                    i++;
                }
            } else {
                out.add(new Token(w.text(), w.x(), w.y(), w.right(), w.bottom(), w.confidence(), false));
                i++;
            }
        }
        for (Token t : out) {
            words++;
            confidenceSum += t.confidence();
            // only the figures kept: one read again whole with the next is not the page's
            OcrFigure f = readFigures.get(t);
            if (f != null) {
                figures.add(f);
                if (f.confidence() < LOW_CONFIDENCE) {
                    lowConfidence.add(f);
                }
            }
        }
        readFigures.clear();
        return checkbox(out, lineTop, lineBottom, h);
    }

    /**
     * A short word Tesseract read as letters whose glyphs are digits to the digit classifier (๗ is
     * read as ฒ, as the model has no ๗): part of the figure beside it.
     */
    /** Letters Tesseract's Thai model writes for digits it does not have, beside other digits (ฒ for ๗). */
    static final String MISREAD_DIGITS = "ฒ";

    private boolean digitLike(Tesseract.Word w, double h) {
        String t = w.text();
        if (numeric(t)) {
            return true;
        }
        // mostly digits, with a letter or two where the model has no such digit (ฒ for ๗)
        long letters = t.chars().filter(c -> !Character.isDigit(c) && ".,".indexOf(c) < 0).count();
        if (letters > 2 || letters * 2 > t.length() + 1) {
            return false;
        }
        if (t.chars().anyMatch(c -> MISREAD_DIGITS.indexOf(c) >= 0)
                && t.chars().allMatch(c -> Character.isDigit(c) || ".,".indexOf(c) >= 0 || MISREAD_DIGITS.indexOf(c) >= 0)) {
            return true;
        }
        List<Glyph> gs = glyphs(w.x(), w.y(), w.right(), w.bottom());
        boolean any = false;
        for (Glyph g : gs) {
            if (g.height() >= 0.65 * h) {
                ThaiDigitClassifier.Reading r = digits.classify(g.ink);
                if (r.label() == ThaiDigitClassifier.OTHER || r.confidence() < 30) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /**
     * Whether word {@code i} is followed closely by a point or comma read as a word of its own and a
     * figure: "ฝ" "." "๑", a section number whose ๙ Tesseract's model (which has no ๙) read as a letter.
     */
    private static boolean beforePointAndDigits(List<Tesseract.Word> words, int i, double h) {
        if (i + 2 >= words.size()) {
            return false;
        }
        Tesseract.Word point = words.get(i + 1);
        Tesseract.Word digits = words.get(i + 2);
        return (point.text().equals(".") || point.text().equals(",")) && numeric(digits.text())
                && point.x() - words.get(i).right() < 0.5 * h && digits.x() - point.right() < 0.5 * h;
    }

    private static double medianHeight(List<Tesseract.Word> words) {
        int[] hs = words.stream().mapToInt(Tesseract.Word::height).sorted().toArray();
        return hs.length == 0 ? 1 : Math.max(1, hs[hs.length / 2]);
    }

    /** Digits (Thai or Arabic) with at most the commas, points, dashes and slashes of a figure. */
    static boolean numeric(String text) {
        boolean digit = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                digit = true;
            } else if (".,".indexOf(c) < 0) {
                return false;
            }
        }
        return digit;
    }

    /** A run of words Tesseract read as one figure, read again glyph by glyph. */
    private Token figure(List<Tesseract.Word> run, int lineTop, int lineBottom, double lineHeight, List<int[]> words,
                         boolean lineStart, Token joined) {
        int x0 = run.get(0).x();
        int x1 = run.get(run.size() - 1).right();
        int y0 = run.stream().mapToInt(Tesseract.Word::y).min().orElse(lineTop);
        int y1 = run.stream().mapToInt(Tesseract.Word::bottom).max().orElse(lineBottom);
        StringBuilder read = new StringBuilder();
        for (Tesseract.Word w : run) {
            read.append(w.text());
        }
        double tess = run.stream().mapToDouble(Tesseract.Word::confidence).min().orElse(0);
        int h = Math.max(4, y1 - y0);
        int pad = Math.max(2, h / 6);
        // the figure read just before, when it may be the same one, is looked at again whole
        int reach = joined == null ? x0 : joined.x0();
        int top = joined == null ? y0 : Math.min(y0, joined.y0());
        int bottom = joined == null ? y1 : Math.max(y1, joined.y1());
        // the window reaches three heights either side; when the digits run on to its edge it is
        // widened, as a digit the edge cuts reads as none and would end the figure there
        // ("๖๕,๐๗๗.๘๖" re-read from its "๘๖" lost the ๖ cut in half, and the words it reached over with it)
        int left = reach - 3 * h;
        int right = x1 + 3 * h;
        List<Glyph> all;
        int first;
        int last;
        int seen;
        int opening;
        for (int widened = 0; ; widened++) {
            all = glyphs(left, top - pad, right, bottom + pad);
            // the glyphs Tesseract saw as the figure, then any digit touching it on either side that it dropped
            first = -1;
            last = -1;
            for (int i = 0; i < all.size(); i++) {
                Glyph g = all.get(i);
                double cx = (g.x0 + g.x1) / 2.0;
                // or a glyph wider than the box that holds most of it: Tesseract boxed part of a ๐
                // ("๐" at 759–773 of a ๐ inked 735–772), which then is the figure's all the same
                boolean holds = x1 - x0 < g.width() && Math.min(g.x1, x1) - Math.max(g.x0, x0) >= 0.5 * (x1 - x0);
                if (cx >= x0 - 2 && cx <= x1 + 2 || holds) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            if (first < 0) {
                return new Token(read.toString(), x0, y0, x1, y1, Math.min(tess, 30), true);
            }
            int tallest = 1;
            for (int i = first; i <= last; i++) {
                tallest = Math.max(tallest, all.get(i).height());
            }
            // a digit stands as tall as the line's letters: anything smaller (a bullet ◦ read as ๐) is none
            seen = (int) Math.max(tallest, 0.65 * lineHeight);
            // a figure opening with a comma (",๕๐๐" of "๓๗๗,๕๐๐", whose first group Tesseract read as
            // letters "ตเข"): the group before the comma is digits wherever the words say letters, if its
            // glyphs stand on the figure's baseline at its digits' height
            opening = leadingComma(all, first, last, seen);
            while (first > 0) {
                Glyph g = all.get(first - 1);
                if (reach < x0 && (g.x0 + g.x1) / 2.0 >= reach) {
                    // the figure read just before, up to here: one figure with this one
                    first--;
                    continue;
                }
                // a glyph the window cuts (a ๙ whose tail rises over the figure's box) is no digit to read
                if (first > 1 && mark(g, all.get(first), seen) && all.get(first - 2).y0 > top - pad
                        && adjacentDigit(all.get(first - 2), g, seen)
                        && (!readAsText(all.get(first - 2), words) || groupDigit(all.get(first - 2), all, first, last, seen))) {
                    // a comma between digit groups, wherever Tesseract put it: the group before it is the
                    // figure's (a figure read as two, "๑,๗๐๐" ",๐๐๐", is one again)
                    first--;
                    opening = first;
                    continue;
                }
                boolean letters = readAsText(g, words)
                        && !(opening >= 0 && opening - first < 3 && groupDigit(g, all, first, last, seen));
                if (letters || !adjacentDigit(g, all.get(first), seen)) {
                    break;
                }
                first--;
            }
            while (last < all.size() - 1 && !readAsText(all.get(last + 1), words)
                    && adjacentDigit(all.get(last + 1), all.get(last), seen)) {
                last++;
            }
            boolean cutLeft = left > 0 && all.get(Math.max(0, first - 1)).x0 <= left;
            boolean cutRight = right < image.getWidth() - 1 && all.get(Math.min(all.size() - 1, last + 1)).x1 >= right;
            if (widened == 2 || !cutLeft && !cutRight) {
                break;
            }
            left -= cutLeft ? 3 * h : 0;
            right += cutRight ? 3 * h : 0;
        }
        List<Glyph> glyphs = all.subList(first, last + 1);
        // the digits' measure once the digits Tesseract left out are in: when its box held only a
        // comma ("๓,๓๕๗" read as "๓" "," "๓๕๓"), the comma's height was no digit's
        int tall = Math.max(seen, glyphs.stream().mapToInt(Glyph::height).max().orElse(seen));
        // a bullet opening the line (• read as ๑, ◦ as ๐): a round glyph well under a digit's height
        // and set apart from what follows by a space (the digits of "๑๑.๑" touch)
        String bullet = lineStart && (glyphs.size() == 1 || glyphs.get(1).x0 - glyphs.get(0).x1 > 0.3 * lineHeight)
                ? bullet(glyphs.get(0), lineHeight) : null;
        if (bullet != null) {
            if (glyphs.size() == 1) {
                return new Token(bullet, glyphs.get(0).x0, y0, glyphs.get(0).x1, y1, Math.min(tess, 60), false);
            }
            glyphs = glyphs.subList(1, glyphs.size());
        }
        int base = glyphs.stream().filter(g -> g.height() >= 0.55 * tall).mapToInt(g -> g.y1).sorted()
                .skip(glyphs.size() / 2).findFirst().orElse(y1);
        StringBuilder text = new StringBuilder();
        double confidence = tess;
        boolean anyDigit = false;
        int previous = -1;
        for (Glyph g : glyphs) {
            // a digit is as wide as half its height at least, a comma or point much narrower
            boolean digit = g.height() >= 0.55 * tall && g.width() >= 0.4 * tall;
            // a space between digits ("๐ ๒๑๔๒ ๑๓๑๖", a telephone number) parts two figures, where digits
            // of one figure stand close; Tesseract often reads the groups as one word
            if (digit && anyDigit && previous >= 0 && g.x0 - previous > SPACE * tall) {
                text.append(' ');
            }
            if (digit) {
                previous = g.x1;
                ThaiDigitClassifier.Reading r = digits.classifyDigit(g.ink);
                text.append(r.label());
                anyDigit = true;
                confidence = Math.min(confidence, r.confidence());
            } else if (anyDigit && g.height() < 0.5 * tall && g.y1 >= base - 0.25 * tall
                    && Math.min(g.width(), g.height()) >= MARK * tall) {
                previous = g.x1;
                // on the baseline: a point or a comma. Tesseract tells them apart well (both are in its
                // model): its reading decides when it has only one of the two, the shape otherwise
                // (a comma reaches below the baseline and is taller than wide)
                String r = read.toString();
                boolean comma;
                if (r.indexOf(',') >= 0 && r.indexOf('.') < 0) {
                    comma = true;
                } else if (r.indexOf('.') >= 0 && r.indexOf(',') < 0) {
                    comma = false;
                } else {
                    comma = g.y1 > base + 0.08 * tall && g.height() > 1.2 * g.width();
                }
                text.append(comma ? ',' : '.');
            }
        }
        if (!anyDigit) {
            // no glyph of a digit's height: a bullet or a mark Tesseract took for a digit
            return new Token(read.length() <= 2 ? "•" : read.toString(), x0, y0, x1, y1, Math.min(tess, 30), false);
        }
        // a figure has one decimal point, the last: a point before it is a comma ("๓,๓๕๗,๖๘๐.๓๐")
        String figure = commasBeforeLastPoint(text.toString());
        int fx0 = Math.min(x0, glyphs.get(0).x0);
        int fx1 = Math.max(x1, glyphs.get(glyphs.size() - 1).x1);
        Token token = new Token(figure, fx0, y0, fx1, y1, confidence, true);
        remember(token, new OcrFigure(pageNumber, figure, Math.round(confidence * 10) / 10.0, read.toString()));
        return token;
    }

    private void remember(Token token, OcrFigure figure) {
        readFigures.put(token, figure);
    }

    /**
     * The bullet a glyph at the start of a line is, or null: round (as wide as tall) and under 0.65 of
     * the line's word height, where a digit stands 0.75–0.9 of it (the words' boxes reach up to
     * their tone marks); filled it is •, hollow ◦.
     */
    static String bullet(Glyph g, double lineHeight) {
        double aspect = (double) g.width() / g.height();
        if (aspect < 0.8 || aspect > 1.25 || g.height() >= 0.65 * lineHeight || g.height() < 0.25 * lineHeight) {
            return null;
        }
        return fill(g) > 0.6 ? "•" : "◦";
    }

    /** The share of a glyph's box that is ink. */
    static double fill(Glyph g) {
        int n = 0;
        for (boolean[] r : g.ink) {
            for (boolean b : r) {
                n += b ? 1 : 0;
            }
        }
        return (double) n / (g.width() * g.height());
    }

    /** The boxes of the line's words outside [from, to) that Tesseract read as text, not as a figure. */
    private List<int[]> readAsText(List<Tesseract.Word> line, int from, int to, double h) {
        List<int[]> out = new ArrayList<>();
        for (int k = 0; k < line.size(); k++) {
            Tesseract.Word w = line.get(k);
            // a leader of dots or dashes ("ร้อยละ.....๑๐๐") is no text: its box may reach over a digit
            if ((k < from || k >= to) && !numeric(w.text()) && !leader(w.text())) {
                out.add(new int[] {w.x(), w.right()});
            }
        }
        return out;
    }

    /** Dots, dashes and underscores only: the blank of a form to be filled in. */
    static boolean leader(String text) {
        return text.chars().allMatch(c -> ".-_…".indexOf(c) >= 0);
    }

    /** Whether a glyph's centre lies in a word Tesseract read as text: a letter, never a dropped digit. */
    private static boolean readAsText(Glyph g, List<int[]> text) {
        double cx = (g.x0 + g.x1) / 2.0;
        for (int[] t : text) {
            if (cx >= t[0] && cx <= t[1]) {
                return true;
            }
        }
        return false;
    }

    /** Every point but the last of each figure in {@code text} (digits parted by spaces) made a comma. */
    static String commasBeforeLastPoint(String text) {
        StringBuilder out = new StringBuilder(text);
        int end = text.length();
        while (end > 0) {
            int start = text.lastIndexOf(' ', end - 1) + 1;
            int last = text.lastIndexOf('.', end - 1);
            for (int i = start; i < last; i++) {
                if (out.charAt(i) == '.') {
                    out.setCharAt(i, ',');
                }
            }
            end = start - 1;
        }
        return out.toString();
    }

    /** Whether {@code g} is a point or comma right before the digit {@code next}: small, on its baseline, close. */
    private static boolean mark(Glyph g, Glyph next, int tall) {
        return next.height() >= 0.55 * tall && g.height() < 0.5 * tall && Math.min(g.width(), g.height()) >= MARK * tall
                && g.y1 >= next.y1 - 0.1 * tall && next.x0 - g.x1 <= SPACE * tall;
    }

    /**
     * The index of a comma opening the figure's glyphs [first, last] (small, on the baseline, before
     * any digit, with digits after it), or -1.
     */
    private static int leadingComma(List<Glyph> all, int first, int last, int tall) {
        for (int i = first; i <= last; i++) {
            Glyph g = all.get(i);
            if (g.height() >= 0.55 * tall) {
                return -1;
            }
            if (g.height() < 0.5 * tall && Math.min(g.width(), g.height()) >= MARK * tall && i < last
                    && all.get(i + 1).height() >= 0.55 * tall) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether {@code g} stands like the digits of [first, last]: on their baseline and between the
     * lowest and the tallest of them (๐ ๓ are lower than ๕ ๗), within a sixth of the tallest.
     */
    private static boolean groupDigit(Glyph g, List<Glyph> all, int first, int last, int tall) {
        int[] bottoms = all.subList(first, last + 1).stream().filter(d -> d.height() >= 0.55 * tall)
                .mapToInt(Glyph::y1).sorted().toArray();
        int[] heights = all.subList(first, last + 1).stream().filter(d -> d.height() >= 0.55 * tall)
                .mapToInt(Glyph::height).sorted().toArray();
        if (bottoms.length == 0) {
            return false;
        }
        int base = bottoms[bottoms.length / 2];
        double slack = heights[heights.length - 1] / 6.0;
        return Math.abs(g.y1 - base) <= slack && g.height() >= heights[0] - slack
                && g.height() <= heights[heights.length - 1] + slack;
    }

    /** Whether {@code g}, beside {@code next} of a figure, is a digit of it that Tesseract dropped. */
    private boolean adjacentDigit(Glyph g, Glyph next, int tall) {
        int gap = g.x0 > next.x1 ? g.x0 - next.x1 : next.x0 - g.x1;
        // ๐ ๑ ๓ stand two thirds as high as ๒ with its tail: 0.6 of the tallest takes them in, and
        // 1.6 of a figure of those alone takes in a ๘ beside them ("๘๐" read as "๕" over half the ๘ and "๐")
        if (gap > SPACE * tall || g.height() < 0.6 * tall || g.height() > 1.6 * tall) {
            return false;
        }
        ThaiDigitClassifier.Reading r = digits.classify(g.ink);
        return r.label() != ThaiDigitClassifier.OTHER && r.confidence() >= 30;
    }

    /** Ink pieces of a box, left to right: connected components, those stacked above one another joined. */
    private record Glyph(int x0, int y0, int x1, int y1, boolean[][] ink) {
        int height() {
            return y1 - y0 + 1;
        }

        int width() {
            return x1 - x0 + 1;
        }
    }

    /**
     * The glyphs inside the box (x0, y0)–(x1, y1), left to right. Components are 8-connected; one
     * whose horizontal extent lies mostly within another's is part of it (a stroke broken by the
     * scan, a mark above a letter), unless it is a small piece on the baseline (a comma, a point);
     * one much wider than tall is two glyphs touching, cut where the ink is thinnest.
     */
    private List<Glyph> glyphs(int x0, int y0, int x1, int y1) {
        x0 = Math.max(0, x0);
        y0 = Math.max(0, y0);
        x1 = Math.min(image.getWidth() - 1, x1);
        y1 = Math.min(image.getHeight() - 1, y1);
        int w = x1 - x0 + 1;
        int h = y1 - y0 + 1;
        if (w <= 0 || h <= 0) {
            return List.of();
        }
        boolean[][] ink = new boolean[h][w];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRaster().getSamples(x0, y0 + y, w, 1, 0, row);
            for (int x = 0; x < w; x++) {
                ink[y][x] = row[x] < INK;
            }
        }
        int[][] label = new int[h][w];
        List<int[]> boxes = new ArrayList<>(); // minX, minY, maxX, maxY, pixels
        int[] stack = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (!ink[y][x] || label[y][x] != 0) {
                    continue;
                }
                int id = boxes.size() + 1;
                int[] b = {x, y, x, y, 0};
                int sp = 0;
                stack[sp++] = y * w + x;
                label[y][x] = id;
                while (sp > 0) {
                    int p = stack[--sp];
                    int py = p / w;
                    int px = p % w;
                    b[0] = Math.min(b[0], px);
                    b[1] = Math.min(b[1], py);
                    b[2] = Math.max(b[2], px);
                    b[3] = Math.max(b[3], py);
                    b[4]++;
                    for (int dy = -1; dy <= 1; dy++) {
                        for (int dx = -1; dx <= 1; dx++) {
                            int ny = py + dy;
                            int nx = px + dx;
                            if (ny >= 0 && ny < h && nx >= 0 && nx < w && ink[ny][nx] && label[ny][nx] == 0) {
                                label[ny][nx] = id;
                                stack[sp++] = ny * w + nx;
                            }
                        }
                    }
                }
                boxes.add(b);
            }
        }
        // components touching the window's top or bottom edge belong to other lines
        List<Integer> order = new ArrayList<>();
        int tallest = 1;
        for (int i = 0; i < boxes.size(); i++) {
            int[] b = boxes.get(i);
            if (b[4] >= 6) {
                order.add(i);
                tallest = Math.max(tallest, b[3] - b[1] + 1);
            }
        }
        int minBody = (int) (0.35 * tallest);
        int[] hs = order.stream().mapToInt(i -> boxes.get(i)[3] - boxes.get(i)[1] + 1).filter(v -> v >= minBody)
                .sorted().toArray();
        int body = hs.length == 0 ? tallest : Math.max(hs[hs.length * 3 / 4], 1);
        order.sort(Comparator.comparingInt(i -> boxes.get(i)[0]));
        List<List<Integer>> groups = new ArrayList<>();
        List<int[]> groupBoxes = new ArrayList<>();
        for (int i : order) {
            int[] b = boxes.get(i);
            boolean small = b[3] - b[1] + 1 < 0.45 * body;
            boolean joined = false;
            for (int g = 0; g < groups.size() && !small; g++) {
                int[] gb = groupBoxes.get(g);
                int common = Math.min(gb[2], b[2]) - Math.max(gb[0], b[0]) + 1;
                int narrower = Math.min(gb[2] - gb[0], b[2] - b[0]) + 1;
                if (common > 0.6 * narrower) {
                    groups.get(g).add(i + 1);
                    gb[0] = Math.min(gb[0], b[0]);
                    gb[1] = Math.min(gb[1], b[1]);
                    gb[2] = Math.max(gb[2], b[2]);
                    gb[3] = Math.max(gb[3], b[3]);
                    joined = true;
                    break;
                }
            }
            if (!joined) {
                List<Integer> ids = new ArrayList<>();
                ids.add(i + 1);
                groups.add(ids);
                groupBoxes.add(new int[] {b[0], b[1], b[2], b[3]});
            }
        }
        List<Glyph> out = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            int[] gb = groupBoxes.get(g);
            boolean[][] glyph = new boolean[gb[3] - gb[1] + 1][gb[2] - gb[0] + 1];
            java.util.Set<Integer> ids = new java.util.HashSet<>(groups.get(g));
            for (int y = gb[1]; y <= gb[3]; y++) {
                for (int x = gb[0]; x <= gb[2]; x++) {
                    glyph[y - gb[1]][x - gb[0]] = label[y][x] != 0 && ids.contains(label[y][x]);
                }
            }
            split(new Glyph(x0 + gb[0], y0 + gb[1], x0 + gb[2], y0 + gb[3], glyph), body, out);
        }
        out.sort(Comparator.comparingInt(Glyph::x0));
        return out;
    }

    /** A glyph wider than 1.6 times the line's body is cut at its thinnest column in the middle, again if need be. */
    private static void split(Glyph g, int body, List<Glyph> out) {
        if (g.width() <= 1.6 * body || g.height() < 0.6 * body) {
            out.add(g);
            return;
        }
        int from = (int) (0.6 * body);
        int to = g.width() - (int) (0.6 * body);
        int cut = -1;
        int least = Integer.MAX_VALUE;
        for (int x = from; x < to; x++) {
            int n = 0;
            for (int y = 0; y < g.height(); y++) {
                n += g.ink[y][x] ? 1 : 0;
            }
            if (n < least) {
                least = n;
                cut = x;
            }
        }
        if (cut < 0) {
            out.add(g);
            return;
        }
        split(part(g, 0, cut), body, out);
        split(part(g, cut, g.width()), body, out);
    }

    /** Columns [from, to) of a glyph, cropped to their ink. */
    private static Glyph part(Glyph g, int from, int to) {
        int top = g.height();
        int bottom = -1;
        for (int y = 0; y < g.height(); y++) {
            for (int x = from; x < to; x++) {
                if (g.ink[y][x]) {
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        if (bottom < 0) {
            top = 0;
            bottom = 0;
        }
        boolean[][] ink = new boolean[bottom - top + 1][to - from];
        for (int y = top; y <= bottom; y++) {
            System.arraycopy(g.ink[y], from, ink[y - top], 0, to - from);
        }
        return new Glyph(g.x0 + from, g.y0 + top, g.x0 + to - 1, g.y0 + bottom, ink);
    }

    /**
     * A line starting with a square frame of ink (☐ or ☑ of the quarter list): the tokens over it
     * become ☐, or ☑ when the frame has ink inside.
     */
    private List<Token> checkbox(List<Token> tokens, int lineTop, int lineBottom, double h) {
        if (tokens.isEmpty()) {
            return tokens;
        }
        Token first = tokens.get(0);
        // Tesseract may have left the box out altogether: look left of its first word too
        List<Glyph> glyphs = glyphs((int) (first.x0() - 2.5 * h), lineTop - 4, (int) (first.x0() + 2.5 * h),
                lineBottom + 4);
        if (glyphs.isEmpty()) {
            return tokens;
        }
        Glyph g = glyphs.get(0);
        for (Glyph c : glyphs) {
            if (c.height() >= 0.7 * h) {
                g = c;
                break;
            }
        }
        double aspect = (double) g.width() / g.height();
        if (aspect < 0.75 || aspect > 1.35 || g.height() < 0.7 * h) {
            return tokens;
        }
        // the frame: the box's outer bands are ink along most of their length
        int band = Math.max(2, g.height() / 8);
        if (!(frame(g, band))) {
            return tokens;
        }
        int inside = 0;
        int area = 0;
        for (int y = 2 * band; y < g.height() - 2 * band; y++) {
            for (int x = 2 * band; x < g.width() - 2 * band; x++) {
                area++;
                if (g.ink[y][x]) {
                    inside++;
                }
            }
        }
        boolean ticked = area > 0 && inside > 0.04 * area;
        List<Token> out = new ArrayList<>();
        out.add(new Token(ticked ? "☑" : "☐", g.x0, g.y0, g.x1, g.y1, 90, false));
        for (Token t : tokens) {
            double cx = (t.x0() + t.x1()) / 2.0;
            if (cx > g.x1 + 2) {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean frame(Glyph g, int band) {
        int w = g.width();
        int h = g.height();
        int top = 0, bottom = 0, left = 0, right = 0;
        for (int x = 0; x < w; x++) {
            top += any(g, x, 0, band, true) ? 1 : 0;
            bottom += any(g, x, h - band, h, true) ? 1 : 0;
        }
        for (int y = 0; y < h; y++) {
            left += any(g, y, 0, band, false) ? 1 : 0;
            right += any(g, y, w - band, w, false) ? 1 : 0;
        }
        return top > 0.8 * w && bottom > 0.8 * w && left > 0.8 * h && right > 0.8 * h;
    }

    /** Whether column x (or row y when !column) has ink between from and to. */
    private static boolean any(Glyph g, int at, int from, int to, boolean column) {
        for (int i = Math.max(0, from); i < to; i++) {
            if (column ? g.ink[i][at] : g.ink[at][i]) {
                return true;
            }
        }
        return false;
    }

    /** Both sides Thai letters: Thai has no spaces inside a sentence, so only a wide gap is one. */
    private static boolean thaiJoin(String before, String after) {
        return PdfReader.isThai(before.charAt(before.length() - 1)) && PdfReader.isThai(after.charAt(0));
    }

    /**
     * Never a space: before a vowel or mark that follows its consonant (า ะ ำ, marks above and below)
     * or after a vowel written before its consonant (เ แ โ ใ ไ).
     */
    static boolean attached(String before, String after) {
        char a = after.charAt(0);
        char b = before.charAt(before.length() - 1);
        return "าะำๅ".indexOf(a) >= 0 || PdfReader.isCombining(a) || "เแโใไ".indexOf(b) >= 0;
    }

    /** One visual line in points: words spaced by their gaps, a column's gap a tab. */
    private PdfReader.Line line(List<Token> tokens) {
        double[] hs = tokens.stream().filter(t -> !t.figure()).mapToDouble(t -> t.y1() - t.y0()).sorted().toArray();
        double h = hs.length == 0 ? tokens.get(0).y1() - tokens.get(0).y0() : hs[hs.length / 2];
        // a Thai consonant's body is about 0.62 of the em in the TLWG fonts
        double em = Math.max(1, h / 0.62);
        StringBuilder sb = new StringBuilder();
        boolean columns = false;
        int firstSpaceX = -1;
        Token prev = null;
        for (Token t : tokens) {
            if (prev != null) {
                int gap = t.x0() - prev.x1();
                if (gap > PdfReader.COLUMN_GAP * em) {
                    sb.append('\t');
                    columns = true;
                } else if (gap > (thaiJoin(prev.text(), t.text()) ? 0.45 : 0.25) * em && !attached(prev.text(), t.text())) {
                    if (firstSpaceX < 0) {
                        firstSpaceX = prev.x1();
                    }
                    sb.append(' ');
                }
            }
            sb.append(t.text());
            prev = t;
        }
        // the form's own words with the marks OCR lost put back, so its headers and labels are found
        String text = FormVocabulary.restoreMarks(sb.toString().replace("\u0E4D\u0E32", "\u0E33"));
        if (text.isBlank()) {
            return null;
        }
        float scale = 72f / dpi;
        int x0 = tokens.get(0).x0();
        int x1 = tokens.stream().mapToInt(Token::x1).max().orElse(x0);
        int[] band = band(tokens);
        float firstWord = ((firstSpaceX < 0 ? x1 : firstSpaceX) - x0) * scale;
        return new PdfReader.Line(text, x0 * scale, x1 * scale, band[1] * scale, (float) (em * scale), firstWord,
                columns, false);
    }
}
