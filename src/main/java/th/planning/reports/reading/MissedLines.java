package th.planning.reports.reading;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A second look at a scanned page for the lines Tesseract's page layout left out. With automatic
 * page segmentation Tesseract sometimes returns no word at all for a plain line of text ("๙.๓ …
 * จำนวน.....-.....บาท" of a sample scan, "๑๔.๑ … ร้อยละ.....๑๐๐....."), so the field on it is
 * lost. Ink that no returned word covers is found by rows (a projection profile, table rules and
 * specks left out), each band of it is cut out on white paper and read again as a single line
 * ({@code --psm 7}); its words join the page's, in page pixels, as lines of their own, and go
 * through the same figure re-reading as the rest.
 */
final class MissedLines {

    /** At most this many bands are read again per page: each costs a Tesseract process (0.1–0.3 s). */
    static final int MAX_READS = 8;

    /** A band read again is kept when its words' mean confidence reaches this (noise reads under 40). */
    static final double KEEP = 55;

    /** A word of a kept band under this confidence is noise at its edge (a speck, a rule's end). */
    static final double WORD = 20;

    private MissedLines() {
    }

    /** A band of uncovered ink: rows [y0, y1], columns [x0, x1] (page pixels), and how much ink. */
    record Band(int x0, int y0, int x1, int y1, int ink) {
    }

    /** The page's words by Tesseract, with the lines it left out read again and added. */
    static List<Tesseract.Word> read(BufferedImage gray, int dpi, Duration limit) throws IOException {
        long start = System.nanoTime();
        List<Tesseract.Word> words = Tesseract.read(gray, dpi, limit);
        if (words.isEmpty()) {
            return words;
        }
        List<Tesseract.Word> all = new ArrayList<>(words);
        int block = words.stream().mapToInt(Tesseract.Word::block).max().orElse(0);
        Page page = new Page(gray, words);
        for (Band b : page.bands()) {
            Duration left = limit.minusNanos(System.nanoTime() - start);
            if (left.isNegative() || left.isZero()) {
                break; // the page's own reading is kept: the second look is extra
            }
            int margin = Math.max(4, page.height / 2);
            List<Tesseract.Word> line;
            try {
                line = Tesseract.read(page.crop(b, margin), dpi, left, Tesseract.LINE);
            } catch (UnreadableDocumentException e) {
                if (Thread.currentThread().isInterrupted()) {
                    throw e;
                }
                break; // a second look that fails or overruns costs the page nothing it had
            }
            List<Tesseract.Word> kept = line.stream().filter(w -> w.confidence() >= WORD).toList();
            double mean = kept.stream().mapToDouble(Tesseract.Word::confidence).average().orElse(0);
            if (kept.isEmpty() || mean < KEEP) {
                continue;
            }
            block++;
            int dx = b.x0() - margin;
            int dy = b.y0() - margin;
            for (Tesseract.Word w : kept) {
                all.add(new Tesseract.Word(block, 1, 1, w.x() + dx, w.y() + dy, w.width(), w.height(), w.confidence(),
                        w.text()));
            }
        }
        return all;
    }

    /** The page's ink that Tesseract's words do not cover, table rules taken out. */
    static final class Page {
        private final BufferedImage gray;
        private final int width;
        private final int pageHeight;
        /** The words' median height: a line's measure. */
        final int height;
        /**
         * Ink of glyphs no word touches, rules left out: a glyph Tesseract's box cuts through is a
         * word's, however much of it lies outside the box (the boxes of Thai words are tight).
         */
        private final boolean[] free;

        Page(BufferedImage gray, List<Tesseract.Word> words) {
            this.gray = gray;
            width = gray.getWidth();
            pageHeight = gray.getHeight();
            int[] hs = words.stream().mapToInt(Tesseract.Word::height).sorted().toArray();
            height = Math.max(8, hs[hs.length / 2]);
            boolean[] ink = new boolean[width * pageHeight];
            int[] row = new int[width];
            for (int y = 0; y < pageHeight; y++) {
                gray.getRaster().getSamples(0, y, width, 1, 0, row);
                for (int x = 0; x < width; x++) {
                    ink[y * width + x] = row[x] < OcrPage.INK;
                }
            }
            boolean[] rule = rules(ink, width, pageHeight, height);
            boolean[] word = new boolean[ink.length];
            for (Tesseract.Word w : words) {
                for (int y = Math.max(0, w.y() - 1); y < Math.min(pageHeight, w.bottom() + 1); y++) {
                    java.util.Arrays.fill(word, y * width + Math.max(0, w.x() - 1), y * width + Math.min(width, w.right() + 1), true);
                }
            }
            free = new boolean[ink.length];
            boolean[] seen = new boolean[ink.length];
            int[] stack = new int[1024];
            int[] component = new int[1024];
            for (int start = 0; start < ink.length; start++) {
                if (!ink[start] || rule[start] || seen[start]) {
                    continue;
                }
                // one glyph (8-connected ink, rules aside): free when no pixel of it is in a word's box
                int n = 0;
                int sp = 0;
                boolean touched = false;
                stack[sp++] = start;
                seen[start] = true;
                while (sp > 0) {
                    int p = stack[--sp];
                    if (n == component.length) {
                        component = java.util.Arrays.copyOf(component, 2 * n);
                    }
                    component[n++] = p;
                    touched |= word[p];
                    int py = p / width;
                    int px = p % width;
                    for (int dy = -1; dy <= 1; dy++) {
                        for (int dx = -1; dx <= 1; dx++) {
                            int ny = py + dy;
                            int nx = px + dx;
                            if (ny < 0 || ny >= pageHeight || nx < 0 || nx >= width) {
                                continue;
                            }
                            int q = ny * width + nx;
                            if (ink[q] && !rule[q] && !seen[q]) {
                                seen[q] = true;
                                if (sp == stack.length) {
                                    stack = java.util.Arrays.copyOf(stack, 2 * sp);
                                }
                                stack[sp++] = q;
                            }
                        }
                    }
                }
                if (!touched && n >= 8) {
                    for (int k = 0; k < n; k++) {
                        free[component[k]] = true;
                    }
                }
            }
        }

        /**
         * Horizontal runs of ink longer than three lines' height and vertical ones longer than two
         * (a letter with its marks stands under 1.5): the rules of tables and underlines, never
         * text. A run may step a pixel aside (a rule on a page scanned a little crooked climbs a
         * row every hundred pixels or so), so runs are sought in the ink of three rows (columns)
         * together, and the ink of those three in such a run is the rule's.
         */
        static boolean[] rules(boolean[] ink, int width, int height, int line) {
            boolean[] rule = new boolean[ink.length];
            for (int y = 0; y < height; y++) {
                int run = 0;
                for (int x = 0; x <= width; x++) {
                    if (x < width && (ink[y * width + x] || y > 0 && ink[(y - 1) * width + x]
                            || y + 1 < height && ink[(y + 1) * width + x])) {
                        run++;
                        continue;
                    }
                    if (run > 3 * line) {
                        for (int yy = Math.max(0, y - 1); yy <= Math.min(height - 1, y + 1); yy++) {
                            for (int k = x - run; k < x; k++) {
                                rule[yy * width + k] |= ink[yy * width + k];
                            }
                        }
                    }
                    run = 0;
                }
            }
            for (int x = 0; x < width; x++) {
                int run = 0;
                for (int y = 0; y <= height; y++) {
                    if (y < height && (ink[y * width + x] || x > 0 && ink[y * width + x - 1]
                            || x + 1 < width && ink[y * width + x + 1])) {
                        run++;
                        continue;
                    }
                    if (run > 2 * line) {
                        for (int xx = Math.max(0, x - 1); xx <= Math.min(width - 1, x + 1); xx++) {
                            for (int k = y - run; k < y; k++) {
                                rule[k * width + xx] |= ink[k * width + xx];
                            }
                        }
                    }
                    run = 0;
                }
            }
            return rule;
        }

        /**
         * Bands of rows with free ink, as tall as a line of text (half a line to three), holding a
         * few glyphs; the inkiest first, at most {@link #MAX_READS}.
         */
        List<Band> bands() {
            int[] rows = new int[pageHeight];
            for (int y = 0; y < pageHeight; y++) {
                for (int x = 0; x < width; x++) {
                    rows[y] += free[y * width + x] ? 1 : 0;
                }
            }
            // runs of rows with ink, joined across gaps under a third of a line (a mark over its letter)
            List<int[]> runs = new ArrayList<>();
            int y = 0;
            while (y < pageHeight) {
                if (rows[y] < 2) {
                    y++;
                    continue;
                }
                int from = y;
                while (y < pageHeight && rows[y] >= 2) {
                    y++;
                }
                int[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
                if (last != null && from - last[1] < height / 3) {
                    last[1] = y;
                } else {
                    runs.add(new int[] {from, y});
                }
            }
            List<Band> bands = new ArrayList<>();
            for (int[] r : runs) {
                int h = r[1] - r[0];
                if (h < height / 2 || h > 3 * height) {
                    continue;
                }
                int x0 = width;
                int x1 = -1;
                int ink = 0;
                int pieces = 0;
                boolean inPiece = false;
                for (int x = 0; x < width; x++) {
                    int n = 0;
                    for (int yy = r[0]; yy < r[1]; yy++) {
                        n += free[yy * width + x] ? 1 : 0;
                    }
                    if (n > 0) {
                        x0 = Math.min(x0, x);
                        x1 = x;
                        ink += n;
                        if (!inPiece) {
                            pieces++;
                        }
                    }
                    inPiece = n > 0;
                }
                // a few glyphs' worth of ink in three pieces at least: a lone glyph is a digit or a
                // letter Tesseract dropped from a word it read (the figure re-reading takes digits
                // in), not a line it left out, and read alone it is mostly misread
                if (ink < height * height || pieces < 3) {
                    continue;
                }
                bands.add(new Band(x0, r[0], x1, r[1] - 1, ink));
            }
            bands.sort(Comparator.comparingInt(Band::ink).reversed());
            return bands.size() > MAX_READS ? bands.subList(0, MAX_READS) : bands;
        }

        /**
         * The band's rows on white paper with {@code margin} all round, only its free glyphs (and the
         * grey pixel round each) kept: so only the missed line is read, not a word's cut-off part.
         */
        BufferedImage crop(Band b, int margin) {
            int w = b.x1() - b.x0() + 1 + 2 * margin;
            int h = b.y1() - b.y0() + 1 + 2 * margin;
            BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
            int[] white = new int[w];
            java.util.Arrays.fill(white, 255);
            for (int y = 0; y < h; y++) {
                out.getRaster().setSamples(0, y, w, 1, 0, white);
            }
            int[] row = new int[b.x1() - b.x0() + 1];
            for (int y = b.y0(); y <= b.y1(); y++) {
                gray.getRaster().getSamples(b.x0(), y, row.length, 1, 0, row);
                for (int x = 0; x < row.length; x++) {
                    if (!nearFree(b.x0() + x, y)) {
                        row[x] = 255;
                    }
                }
                out.getRaster().setSamples(margin, y - b.y0() + margin, row.length, 1, 0, row);
            }
            return out;
        }

        private boolean nearFree(int x, int y) {
            for (int yy = Math.max(0, y - 1); yy <= Math.min(pageHeight - 1, y + 1); yy++) {
                for (int xx = Math.max(0, x - 1); xx <= Math.min(width - 1, x + 1); xx++) {
                    if (free[yy * width + xx]) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
