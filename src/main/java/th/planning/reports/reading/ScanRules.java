package th.planning.reports.reading;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The ruling lines of a scanned page, found in its image: long thin runs of dark pixels, across and
 * down, so that a scan's tables are cut into cells by the same {@link RuledGrids} as a PDF's drawn rules.
 *
 * <p>A page lies a little crooked on the scanner's glass (a fraction of a degree: over an A4 page's
 * width a rule then climbs or falls by a dozen points), so the skew is measured first, from the ink's
 * rows: sheared by the right slope, the page's rules and text lines stand in the fewest, fullest rows.
 * Rules are then followed along that slope, and everything is given in the page straightened about
 * its centre ({@link #straight}), where rules are level and upright; a scan rotated about its centre
 * keeps its columns where they were, so a table's columns match from page to page.
 *
 * <p>A run of ink counts with gaps of a few pixels (a thin rule broken by JPEG and noise) but not the
 * gaps between the dots of a dotted blank; it must be longer than a quarter inch (longer than any
 * letter's stroke) and thin (not ink both a little above and a little below it, as inside a word or
 * a shaded box). An underline that touches no rule across it forms no grid, so it is no table.
 */
final class ScanRules {

    /** A pixel darker than this is ink for a rule: lighter than for letters, as a thin rule is blurred grey. */
    static final int INK = 170;

    /** The steepest skew looked for (a slope of 0.025 is 1.4°): a scan more crooked than that is re-scanned. */
    static final double MAX_SLOPE = 0.025;

    private final int width;
    private final int height;
    private final double cx;
    private final double cy;
    /** The page's skew: a level line of the paper falls this many pixels per pixel to the right. */
    final double slope;
    final List<float[]> horizontal = new ArrayList<>(); // {y, x0, x1} in points, straightened
    final List<float[]> vertical = new ArrayList<>();   // {x, y0, y1} in points, straightened
    /** The rules in pixels, each {first row, last row, from, to} of the straightened rows (columns) it covers. */
    private final List<int[]> acrossPixels = new ArrayList<>();
    private final List<int[]> downPixels = new ArrayList<>();

    private ScanRules(int width, int height, double slope) {
        this.width = width;
        this.height = height;
        this.cx = width / 2.0;
        this.cy = height / 2.0;
        this.slope = slope;
    }

    /** The rules of a grey page image rendered at {@code dpi}. */
    static ScanRules find(BufferedImage image, int dpi) {
        int w = image.getWidth();
        int h = image.getHeight();
        boolean[] ink = new boolean[w * h];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRaster().getSamples(0, y, w, 1, 0, row);
            for (int x = 0; x < w; x++) {
                ink[y * w + x] = row[x] < INK;
            }
        }
        ScanRules r = new ScanRules(w, h, skew(ink, w, h));
        r.follow(ink, dpi);
        return r;
    }

    /**
     * The page's rules, and the page with them painted over with paper (in place): Tesseract then no
     * longer reads a rule beside a cell's text as a letter ("|", "น") or loses the letters touching it.
     *
     * <p>The image is not turned back by its skew: on the sample scans that measured no better (turned
     * with bilinear interpolation 28 of 30 headline fields but a telephone number's spaces lost, with
     * bicubic 26 and fewer figures whole; not turned 26), as Tesseract's reading of a page shifts with
     * any change of its pixels. The rules are followed along the skew instead, and the words placed by it.
     */
    static ScanRules findAndErase(BufferedImage image, int dpi) {
        ScanRules rules = find(image, dpi);
        rules.erase(image);
        return rules;
    }

    /** Paints the rules over with white, a pixel beyond their ink on either side. */
    void erase(BufferedImage image) {
        java.awt.image.WritableRaster raster = image.getRaster();
        for (int[] r : acrossPixels) {
            for (int x = Math.max(0, r[2]); x <= Math.min(width - 1, r[3]); x++) {
                for (int yr = r[0] - 1; yr <= r[1] + 1; yr++) {
                    int y = (int) Math.round(yr + (x - cx) * slope);
                    if (y >= 0 && y < height) {
                        raster.setSample(x, y, 0, 255);
                    }
                }
            }
        }
        for (int[] r : downPixels) {
            for (int y = Math.max(0, r[2]); y <= Math.min(height - 1, r[3]); y++) {
                for (int xr = r[0] - 1; xr <= r[1] + 1; xr++) {
                    int x = (int) Math.round(xr - (y - cy) * slope);
                    if (x >= 0 && x < width) {
                        raster.setSample(x, y, 0, 255);
                    }
                }
            }
        }
    }

    /** A pixel of the scan in the page straightened about its centre, {x, y} in pixels. */
    double[] straight(double x, double y) {
        return new double[] {x + (y - cy) * slope, y - (x - cx) * slope};
    }

    /** The rules as {@link RuledGrids} takes them, in points. */
    RuledGrids grids() {
        RuledGrids g = new RuledGrids();
        for (float[] r : horizontal) {
            g.segment(r[1], r[0], r[2], r[0]);
        }
        for (float[] r : vertical) {
            g.segment(r[0], r[1], r[0], r[2]);
        }
        return g;
    }

    /**
     * The slope whose sheared rows of ink are most uneven (the sum of their squares is largest): at
     * the right one every rule and text line falls into few rows. Coarse steps first, then fine ones.
     */
    static double skew(boolean[] ink, int w, int h) {
        int count = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x += 2) {
                count += ink[y * w + x] ? 1 : 0;
            }
        }
        int[] xs = new int[count];
        int[] ys = new int[count];
        int k = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x += 2) {
                if (ink[y * w + x]) {
                    xs[k] = x;
                    ys[k++] = y;
                }
            }
        }
        double best = 0;
        double bestScore = -1;
        for (double step : new double[] {0.001, 0.0001}) {
            double from = step == 0.001 ? -MAX_SLOPE : best - 0.001;
            double to = step == 0.001 ? MAX_SLOPE : best + 0.001;
            for (double t = from; t <= to + 1e-9; t += step) {
                long[] bins = new long[h + 2 * (int) (MAX_SLOPE * w) + 4];
                int offset = (int) (MAX_SLOPE * w) + 2;
                for (int i = 0; i < count; i++) {
                    int b = (int) Math.round(ys[i] - (xs[i] - w / 2.0) * t) + offset;
                    if (b >= 0 && b < bins.length) {
                        bins[b]++;
                    }
                }
                double score = 0;
                for (long v : bins) {
                    score += (double) v * v;
                }
                if (score > bestScore) {
                    bestScore = score;
                    best = t;
                }
            }
        }
        return best;
    }

    /** Follows every straightened row and column of the page for long thin runs of ink, and joins them into rules. */
    private void follow(boolean[] ink, int dpi) {
        int gap = Math.max(2, Math.round(dpi / 75f));   // 4 px at 300 dpi
        int min = Math.round(0.3f * dpi);               // longer than a letter with its marks
        int off = Math.max(3, Math.round(dpi / 50f));   // 6 px at 300 dpi: beyond a rule's thickness
        float pt = 72f / dpi;
        for (int[] r : rules(runs(ink, true, gap, off), gap, min, 2 * off, acrossPixels)) {
            // a straightened row yr runs through the scan's (x, yr + (x - cx) * slope)
            double[] a = straight(r[1], r[0] + (r[1] - cx) * slope);
            double[] b = straight(r[2], r[0] + (r[2] - cx) * slope);
            horizontal.add(new float[] {r[0] * pt, (float) (a[0] * pt), (float) (b[0] * pt)});
        }
        for (int[] r : rules(runs(ink, false, gap, off), gap, min, 2 * off, downPixels)) {
            // a straightened column xr runs through the scan's (xr - (y - cy) * slope, y)
            double[] a = straight(r[0] - (r[1] - cy) * slope, r[1]);
            double[] b = straight(r[0] - (r[2] - cy) * slope, r[2]);
            vertical.add(new float[] {r[0] * pt, (float) (a[1] * pt), (float) (b[1] * pt)});
        }
    }

    /**
     * Thin runs of ink along every straightened row (across) or column, {at, from, to} in pixels: a
     * pixel counts when it or one beside it across the run is ink, so a rule that still leans by a
     * pixel over its length is not cut into pieces.
     */
    private List<int[]> runs(boolean[] ink, boolean across, int gap, int off) {
        List<int[]> out = new ArrayList<>();
        int lines = across ? height : width;
        int length = across ? width : height;
        for (int at = 0; at < lines; at++) {
            int start = -1;
            int last = -1;
            int thick = 0;
            for (int i = 0; i <= length; i++) {
                boolean dark = false;
                boolean both = false;
                if (i < length) {
                    int x = across ? i : (int) Math.round(at - (i - cy) * slope);
                    int y = across ? (int) Math.round(at + (i - cx) * slope) : i;
                    int dx = across ? 0 : 1;
                    int dy = across ? 1 : 0;
                    dark = dark(ink, x, y) || dark(ink, x - dx, y - dy) || dark(ink, x + dx, y + dy);
                    both = dark && dark(ink, x - off * dx, y - off * dy) && dark(ink, x + off * dx, y + off * dy);
                }
                if (dark && start >= 0 && i - last <= gap) {
                    last = i;
                    thick += both ? 1 : 0;
                } else if (dark || i == length) {
                    // ink both a little before and after it along most of its length: a word or shading, no rule
                    if (start >= 0 && last - start >= 2 * gap && thick <= 0.3 * (last - start + 1)) {
                        out.add(new int[] {at, start, last});
                    }
                    start = dark ? i : -1;
                    last = i;
                    thick = both ? 1 : 0;
                }
            }
        }
        return out;
    }

    /**
     * Runs on neighbouring rows that overlap joined into one rule (a rule is several pixels thick), at
     * their middle; kept when longer than {@code min} and no thicker than {@code thickest}. {at, from, to}
     * in pixels; {@code pixels} gets each kept rule's {first row, last row, from, to}.
     */
    private static List<int[]> rules(List<int[]> runs, int gap, int min, int thickest, List<int[]> pixels) {
        int n = runs.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        // runs come row by row: look back over the rows a rule's thickness spans
        int first = 0;
        for (int i = 0; i < n; i++) {
            int[] r = runs.get(i);
            while (runs.get(first)[0] < r[0] - 3) {
                first++;
            }
            for (int j = first; j < i; j++) {
                int[] o = runs.get(j);
                if (o[0] < r[0] && o[1] <= r[2] + gap && r[1] <= o[2] + gap) {
                    RuledGrids.union(parent, i, j);
                }
            }
        }
        // root -> {sumAt, count, from, to, firstAt, lastAt}
        java.util.Map<Integer, int[]> joined = new java.util.LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            int[] r = runs.get(i);
            int[] j = joined.computeIfAbsent(RuledGrids.find(parent, i),
                    k -> new int[] {0, 0, Integer.MAX_VALUE, -1, Integer.MAX_VALUE, -1});
            j[0] += r[0];
            j[1]++;
            j[2] = Math.min(j[2], r[1]);
            j[3] = Math.max(j[3], r[2]);
            j[4] = Math.min(j[4], r[0]);
            j[5] = Math.max(j[5], r[0]);
        }
        List<int[]> out = new ArrayList<>();
        for (int[] j : joined.values()) {
            // runs of a word's letters stacked row on row are joined into a block far thicker than a rule
            if (j[3] - j[2] >= min && j[5] - j[4] <= thickest) {
                out.add(new int[] {Math.round((float) j[0] / j[1]), j[2], j[3]});
                pixels.add(new int[] {j[4], j[5], j[2], j[3]});
            }
        }
        return out;
    }

    private boolean dark(boolean[] ink, int x, int y) {
        return x >= 0 && x < width && y >= 0 && y < height && ink[y * width + x];
    }
}
