package th.planning.reports.reading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Table grids found from a page's ruling lines: the cell borders a PDF producer draws as stroked
 * lines or as thin filled rectangles. Coordinates are the page's display space (y grows downwards,
 * as in PDFBox's text positions).
 *
 * <p>Touching horizontal and vertical rules form one grid. Its column boundaries are the x of its
 * vertical rules (and the ends of its horizontal rules, for a table drawn without outer sides), its
 * row boundaries the y of its horizontal rules. A cell is merged with its neighbour wherever the
 * rule between them is missing: to the right for a merged header, downwards for a vertical merge.
 */
final class RuledGrids {

    /** Rules closer than this (pt) are one line; rule ends this close touch. */
    static final float TOLERANCE = 2f;
    /** A filled rectangle thinner than this (pt) is a rule, not shading. */
    static final float THIN = 3f;
    /** Segments shorter than this (pt) are not rules (glyph parts, tick marks). */
    static final float MIN_LENGTH = 4f;

    private final List<float[]> horizontal = new ArrayList<>(); // {y, x0, x1}
    private final List<float[]> vertical = new ArrayList<>();   // {x, y0, y1}

    void clear() {
        horizontal.clear();
        vertical.clear();
    }

    boolean isEmpty() {
        return horizontal.isEmpty() || vertical.isEmpty();
    }

    /** A stroked straight segment; kept when it is horizontal or vertical. */
    void segment(float x0, float y0, float x1, float y1) {
        if (Math.abs(y0 - y1) <= 0.5f && Math.abs(x1 - x0) >= MIN_LENGTH) {
            horizontal.add(new float[] {(y0 + y1) / 2, Math.min(x0, x1), Math.max(x0, x1)});
        } else if (Math.abs(x0 - x1) <= 0.5f && Math.abs(y1 - y0) >= MIN_LENGTH) {
            vertical.add(new float[] {(x0 + x1) / 2, Math.min(y0, y1), Math.max(y0, y1)});
        }
    }

    /** A filled axis-aligned rectangle: a rule along its long side when it is thin. */
    void filledBox(float x0, float y0, float x1, float y1) {
        float w = Math.abs(x1 - x0);
        float h = Math.abs(y1 - y0);
        float left = Math.min(x0, x1);
        float top = Math.min(y0, y1);
        if (h <= THIN && w >= MIN_LENGTH && w > h) {
            horizontal.add(new float[] {top + h / 2, left, left + w});
        } else if (w <= THIN && h >= MIN_LENGTH && h > w) {
            vertical.add(new float[] {left + w / 2, top, top + h});
        }
    }

    /** A stroked rectangle: its four sides. */
    void strokedBox(float x0, float y0, float x1, float y1) {
        segment(x0, y0, x1, y0);
        segment(x0, y1, x1, y1);
        segment(x0, y0, x0, y1);
        segment(x1, y0, x1, y1);
    }

    /** A grid's boundaries and its cells, each cell as {firstRow, lastRow, firstCol, lastCol}. */
    record Grid(float[] xs, float[] ys, List<int[]> cells, boolean ruledTop, boolean ruledBottom) {
        float top() {
            return ys[0];
        }

        boolean contains(float x, float y) {
            return x >= xs[0] - TOLERANCE && x <= xs[xs.length - 1] + TOLERANCE
                    && y >= ys[0] - TOLERANCE && y <= ys[ys.length - 1] + TOLERANCE;
        }

        /** Index into cells() of the cell holding a point, or -1. */
        int cellAt(float x, float y) {
            int col = slot(xs, x);
            int row = slot(ys, y);
            for (int i = 0; i < cells.size(); i++) {
                int[] c = cells.get(i);
                if (row >= c[0] && row <= c[1] && col >= c[2] && col <= c[3]) {
                    return i;
                }
            }
            return -1;
        }

        private static int slot(float[] bounds, float v) {
            for (int i = 1; i < bounds.length - 1; i++) {
                if (v < bounds[i]) {
                    return i - 1;
                }
            }
            return bounds.length - 2;
        }
    }

    /** The page's grids, top to bottom. */
    List<Grid> grids() {
        List<float[]> hs = merge(horizontal);
        List<float[]> vs = merge(vertical);
        int n = hs.size() + vs.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < hs.size(); i++) {
            float[] h = hs.get(i);
            for (int j = 0; j < vs.size(); j++) {
                float[] v = vs.get(j);
                if (v[0] >= h[1] - TOLERANCE && v[0] <= h[2] + TOLERANCE
                        && h[0] >= v[1] - TOLERANCE && h[0] <= v[2] + TOLERANCE) {
                    union(parent, i, hs.size() + j);
                }
            }
        }
        List<Grid> out = new ArrayList<>();
        for (int root = 0; root < n; root++) {
            List<float[]> gh = new ArrayList<>();
            List<float[]> gv = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (find(parent, i) == root) {
                    if (i < hs.size()) {
                        gh.add(hs.get(i));
                    } else {
                        gv.add(vs.get(i - hs.size()));
                    }
                }
            }
            if (gv.isEmpty() || gh.isEmpty()) {
                continue;
            }
            Grid g = grid(gh, gv);
            if (g != null) {
                out.add(g);
            }
        }
        out.sort(Comparator.comparingDouble(Grid::top));
        return out;
    }

    private static Grid grid(List<float[]> hs, List<float[]> vs) {
        List<Float> xv = new ArrayList<>();
        List<Float> yv = new ArrayList<>();
        float minX = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        float minY = Float.MAX_VALUE;
        float maxY = -Float.MAX_VALUE;
        for (float[] v : vs) {
            xv.add(v[0]);
            minY = Math.min(minY, v[1]);
            maxY = Math.max(maxY, v[2]);
        }
        for (float[] h : hs) {
            yv.add(h[0]);
            minX = Math.min(minX, h[1]);
            maxX = Math.max(maxX, h[2]);
        }
        xv.add(minX);
        xv.add(maxX);
        yv.add(minY);
        yv.add(maxY);
        float[] xs = distinct(xv);
        float[] ys = distinct(yv);
        if (xs.length < 2 || ys.length < 2 || xs[xs.length - 1] - xs[0] < 20 || ys[ys.length - 1] - ys[0] < 8) {
            return null;
        }
        int rows = ys.length - 1;
        int cols = xs.length - 1;
        int[] parent = new int[rows * cols];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int r = 0; r < rows; r++) {
            float midY = (ys[r] + ys[r + 1]) / 2;
            for (int c = 0; c < cols; c++) {
                float midX = (xs[c] + xs[c + 1]) / 2;
                if (c + 1 < cols && !covered(vs, xs[c + 1], midY)) {
                    union(parent, r * cols + c, r * cols + c + 1);
                }
                if (r + 1 < rows && !covered(hs, ys[r + 1], midX)) {
                    union(parent, r * cols + c, (r + 1) * cols + c);
                }
            }
        }
        List<int[]> cells = new ArrayList<>();
        int[] index = new int[parent.length];
        java.util.Arrays.fill(index, -1);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int root = find(parent, r * cols + c);
                if (index[root] < 0) {
                    index[root] = cells.size();
                    cells.add(new int[] {r, r, c, c});
                } else {
                    int[] cell = cells.get(index[root]);
                    cell[1] = Math.max(cell[1], r);
                    cell[2] = Math.min(cell[2], c);
                    cell[3] = Math.max(cell[3], c);
                }
            }
        }
        float firstMid = (xs[0] + xs[1]) / 2;
        return new Grid(xs, ys, cells, covered(hs, ys[0], firstMid), covered(hs, ys[rows], firstMid));
    }

    /** Whether a rule at {@code at} (one of the merged rules) passes the point {@code along}. */
    private static boolean covered(List<float[]> rules, float at, float along) {
        for (float[] r : rules) {
            if (Math.abs(r[0] - at) <= TOLERANCE && along >= r[1] - TOLERANCE && along <= r[2] + TOLERANCE) {
                return true;
            }
        }
        return false;
    }

    private static float[] distinct(List<Float> values) {
        values.sort(null);
        List<Float> out = new ArrayList<>();
        for (float v : values) {
            if (out.isEmpty() || v - out.get(out.size() - 1) > TOLERANCE) {
                out.add(v);
            }
        }
        float[] a = new float[out.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = out.get(i);
        }
        return a;
    }

    /** Collinear rules that overlap or touch, as one. */
    private static List<float[]> merge(List<float[]> rules) {
        List<float[]> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.<float[]>comparingDouble(r -> r[0]).thenComparingDouble(r -> r[1]));
        List<float[]> out = new ArrayList<>();
        for (float[] r : sorted) {
            float[] merged = null;
            for (int i = out.size() - 1; i >= 0; i--) {
                float[] o = out.get(i);
                if (r[0] - o[0] > TOLERANCE) {
                    break;
                }
                if (r[1] <= o[2] + TOLERANCE && r[2] >= o[1] - TOLERANCE) {
                    merged = o;
                    break;
                }
            }
            if (merged != null) {
                merged[1] = Math.min(merged[1], r[1]);
                merged[2] = Math.max(merged[2], r[2]);
            } else {
                out.add(r.clone());
            }
        }
        return out;
    }

    /** Union-find over indices (path halving): grids from touching rules here, a rule's runs in {@link ScanRules}. */
    static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
