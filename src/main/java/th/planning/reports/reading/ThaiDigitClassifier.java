package th.planning.reports.reading;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Tells the ten Thai digits ๐–๙ apart, one glyph image at a time. Debian's Tesseract Thai model has
 * only ๐ ๑ ๒ ๓ ๕ in its character set and reads ๔ ๖ ๗ ๘ ๙ as one of those, so every figure it reads
 * is re-read glyph by glyph here.
 *
 * <p>The model is a nearest-neighbour search over glyphs rendered from the Thai TLWG fonts Debian
 * ships ({@code fonts-thai-tlwg}: Laksaman, Garuda, Loma, Norasi, Kinnari, Sawasdee, Umpush, Waree,
 * regular and bold) at several sizes, each slightly rotated, blurred and thickened or thinned as a
 * scan is. It is built from the fonts at first use (well under a second); nothing is stored. A
 * glyph is its ink's bounding box scaled into a {@link #GRID}×{@link #GRID} grey grid, aspect kept,
 * plus its aspect ratio. Thai letters are in the model too, as "not a digit", so a letter that
 * strayed into a figure's box is not taken for a digit.
 */
public final class ThaiDigitClassifier {

    /** Where Debian installs the TLWG fonts. */
    public static final Path TLWG = Path.of("/usr/share/fonts/truetype/tlwg");

    /** The families rendered, regular and bold. */
    static final List<String> FAMILIES = List.of("Laksaman", "Garuda", "Loma", "Norasi", "Kinnari", "Sawasdee",
            "Umpush", "Waree");

    static final int GRID = 16;

    /** The label of a glyph that is not a digit. */
    public static final char OTHER = '?';

    /** Letters and signs that may sit next to a figure or look like a digit: trained as {@link #OTHER}. */
    static final String LETTERS = "กขคฆงจฉชซญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหอฮเแโใไาะ()/%:";

    private static final int[] EM = {44, 64, 90};

    private final List<float[]> features = new ArrayList<>();
    private final List<Character> labels = new ArrayList<>();

    private static volatile ThaiDigitClassifier shared;

    /** The classifier built from the TLWG fonts once per JVM; null when the fonts are not installed. */
    public static ThaiDigitClassifier shared() {
        ThaiDigitClassifier c = shared;
        if (c == null) {
            synchronized (ThaiDigitClassifier.class) {
                c = shared;
                if (c == null && fontsInstalled()) {
                    c = fromFonts(fontFiles(FAMILIES));
                    shared = c;
                }
            }
        }
        return c;
    }

    public static boolean fontsInstalled() {
        return Files.isRegularFile(TLWG.resolve("Laksaman.ttf"));
    }

    /** The regular and bold files of {@code families} that are installed. */
    public static List<Path> fontFiles(List<String> families) {
        List<Path> out = new ArrayList<>();
        for (String f : families) {
            for (String style : new String[] {"", "-Bold"}) {
                Path p = TLWG.resolve(f + style + ".ttf");
                if (Files.isRegularFile(p)) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /** A classifier trained on renderings of {@code fonts}. */
    public static ThaiDigitClassifier fromFonts(List<Path> fonts) {
        ThaiDigitClassifier c = new ThaiDigitClassifier();
        Random random = new Random(16);
        for (Path file : fonts) {
            Font base;
            try {
                base = Font.createFont(Font.TRUETYPE_FONT, file.toFile());
            } catch (IOException | FontFormatException e) {
                continue;
            }
            for (int em : EM) {
                Font font = base.deriveFont((float) em);
                for (char d = '๐'; d <= '๙'; d++) {
                    for (int variant = 0; variant < 5; variant++) {
                        c.add(render(font, d, variant, random), d);
                    }
                }
                for (char l : LETTERS.toCharArray()) {
                    c.add(render(font, l, random.nextInt(5), random), OTHER);
                }
            }
        }
        return c;
    }

    private void add(boolean[][] ink, char label) {
        float[] f = features(ink);
        if (f != null) {
            features.add(f);
            labels.add(label);
        }
    }

    /**
     * One glyph drawn as a scanner sees it: variant 0 clean, 1 rotated, 2 blurred and thickened, 3
     * rotated and thinned.
     */
    static boolean[][] render(Font font, char ch, int variant, Random random) {
        if (variant == 4) {
            return rescanned(font, ch, random);
        }
        double degrees = variant == 1 || variant == 3
                ? (0.5 + 1.5 * random.nextDouble()) * (random.nextBoolean() ? 1 : -1) : 0;
        BufferedImage img = drawn(font, ch, degrees);
        int size = img.getWidth();
        int threshold = switch (variant) {
            case 2 -> 200;  // thick strokes, as a dark scan
            case 3 -> 80;   // thin strokes, as a light one
            default -> 128;
        };
        var raster = img.getRaster();
        boolean[][] ink = new boolean[size][size];
        int[] row = new int[size];
        for (int y = 0; y < size; y++) {
            raster.getSamples(0, y, size, 1, 0, row);
            for (int x = 0; x < size; x++) {
                int v = row[x];
                if (variant == 2 && x > 0) {
                    v = Math.min(v, row[x - 1]);
                }
                ink[y][x] = v < threshold;
            }
        }
        return ink;
    }

    /**
     * A glyph as a 200 dpi JPEG scan read at 300 dpi shows it: drawn at two thirds of the size with
     * grey noise, enlarged 1.5 times with bilinear interpolation, then cut at the reader's ink level.
     */
    static boolean[][] rescanned(Font font, char ch, Random random) {
        double degrees = (random.nextDouble() - 0.5) * 1.6;
        BufferedImage img = drawn(font.deriveFont(font.getSize2D() * 2 / 3), ch, degrees);
        int size = img.getWidth();
        var raster = img.getRaster();
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int v = (int) Math.round(raster.getSample(x, y, 0) * 0.94 + random.nextGaussian() * 12);
                raster.setSample(x, y, 0, Math.max(0, Math.min(255, v)));
            }
        }
        int big = size * 3 / 2;
        BufferedImage up = new BufferedImage(big, big, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D u = up.createGraphics();
        u.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        u.drawImage(img, 0, 0, big, big, null);
        u.dispose();
        boolean[][] ink = new boolean[big][big];
        for (int y = 0; y < big; y++) {
            for (int x = 0; x < big; x++) {
                ink[y][x] = up.getRaster().getSample(x, y, 0) < OcrPage.INK;
            }
        }
        return ink;
    }

    /** {@code ch} drawn black on white, antialiased, turned by {@code degrees} (none when 0) about the middle. */
    private static BufferedImage drawn(Font font, char ch, double degrees) {
        int size = Math.round(font.getSize2D() * 2);
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, size, size);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(java.awt.Color.BLACK);
        if (degrees != 0) {
            g.setTransform(AffineTransform.getRotateInstance(Math.toRadians(degrees), size / 2.0, size / 2.0));
        }
        // the render context carries the turn, as the glyph's outline must
        GlyphVector gv = font.createGlyphVector(g.getFontRenderContext(), String.valueOf(ch));
        g.drawGlyphVector(gv, size * 0.25f, size * 0.6f);
        g.dispose();
        return img;
    }

    /** The features of a glyph given as ink[y][x]; null when it has no ink. */
    static float[] features(boolean[][] ink) {
        int h = ink.length;
        int w = h == 0 ? 0 : ink[0].length;
        int x0 = w, y0 = h, x1 = -1, y1 = -1;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (ink[y][x]) {
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, x);
                    y0 = Math.min(y0, y);
                    y1 = Math.max(y1, y);
                }
            }
        }
        if (x1 < 0) {
            return null;
        }
        int bw = x1 - x0 + 1;
        int bh = y1 - y0 + 1;
        int side = Math.max(bw, bh);
        // the box centred in a square, aspect kept; each grid cell the share of its pixels that is ink
        float ox = x0 - (side - bw) / 2f;
        float oy = y0 - (side - bh) / 2f;
        float[] f = new float[GRID * GRID + 1];
        float[] count = new float[GRID * GRID];
        for (int y = y0; y <= y1; y++) {
            int gy = Math.min(GRID - 1, (int) ((y - oy) * GRID / side));
            for (int x = x0; x <= x1; x++) {
                int gx = Math.min(GRID - 1, (int) ((x - ox) * GRID / side));
                if (ink[y][x]) {
                    f[gy * GRID + gx]++;
                }
            }
        }
        float cell = (float) side * side / (GRID * GRID);
        for (int i = 0; i < GRID * GRID; i++) {
            f[i] = Math.min(1f, f[i] / cell);
        }
        f[GRID * GRID] = 2f * (float) bw / bh;
        return f;
    }

    /** A glyph's reading: the digit (or {@link #OTHER}) and a confidence from 0 to 100. */
    public record Reading(char label, double confidence) {
    }

    /**
     * The nearest template's label; the confidence compares the distance to the nearest template of
     * any other label: 100 when that is twice as far or more, 0 when it is as near.
     */
    public Reading classify(boolean[][] ink) {
        return classify(ink, true);
    }

    /** The nearest digit, letters left out: for a glyph known to be part of a figure. */
    public Reading classifyDigit(boolean[][] ink) {
        return classify(ink, false);
    }

    private Reading classify(boolean[][] ink, boolean letters) {
        float[] f = features(ink);
        if (f == null) {
            return new Reading(OTHER, 0);
        }
        double[] best = new double[128];
        java.util.Arrays.fill(best, Double.MAX_VALUE);
        for (int i = 0; i < features.size(); i++) {
            if (!letters && labels.get(i) == OTHER) {
                continue;
            }
            float[] t = features.get(i);
            double d = 0;
            for (int k = 0; k < f.length; k++) {
                double diff = f[k] - t[k];
                d += diff * diff;
            }
            int slot = slot(labels.get(i));
            if (d < best[slot]) {
                best[slot] = d;
            }
        }
        int first = -1;
        int second = -1;
        for (int s = 0; s < best.length; s++) {
            if (best[s] == Double.MAX_VALUE) {
                continue;
            }
            if (first < 0 || best[s] < best[first]) {
                second = first;
                first = s;
            } else if (second < 0 || best[s] < best[second]) {
                second = s;
            }
        }
        double d1 = Math.sqrt(best[first]);
        double d2 = second < 0 ? Double.MAX_VALUE : Math.sqrt(best[second]);
        double confidence = d2 == 0 ? 0 : Math.max(0, Math.min(100, 100 * (d2 - d1) / Math.max(d1, 1e-6)));
        return new Reading(label(first), confidence);
    }

    private static int slot(char label) {
        return label == OTHER ? 10 : label - '๐';
    }

    private static char label(int slot) {
        return slot == 10 ? OTHER : (char) ('๐' + slot);
    }

    int size() {
        return features.size();
    }
}
