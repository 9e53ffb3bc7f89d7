package th.planning.reports.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Scanned copies of PDFs, made the way an agency's office scanner makes them: each page printed
 * (rendered at {@link #DPI} dpi, grey), laid a little crooked on the glass (a slight rotation), with
 * sensor noise, saved as JPEG, one image per page and no text layer at all.
 */
public final class ScannedCopies {

    public static final int DPI = 200;

    private ScannedCopies() {
    }

    /**
     * Writes a scan of {@code pdf} to {@code target}; {@code seed} picks the rotation (±0.3–0.8°) and
     * noise, so a corpus is the same every time it is made. {@code pages}: only the first that many
     * (all when not positive).
     */
    public static Path scan(Path pdf, Path target, long seed, int pages) throws IOException {
        return scan(pdf, target, seed, pages, DPI);
    }

    /** The same, scanned at {@code dpi} (a second corpus made by another scanner). */
    public static Path scan(Path pdf, Path target, long seed, int pages, int dpi) throws IOException {
        Random random = new Random(seed);
        try (PDDocument source = Loader.loadPDF(pdf.toFile()); PDDocument out = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(source);
            int n = pages > 0 ? Math.min(pages, source.getNumberOfPages()) : source.getNumberOfPages();
            for (int i = 0; i < n; i++) {
                PDRectangle box = source.getPage(i).getMediaBox();
                BufferedImage page = renderer.renderImageWithDPI(i, dpi, ImageType.GRAY);
                double degrees = (0.3 + 0.5 * random.nextDouble()) * (random.nextBoolean() ? 1 : -1);
                BufferedImage scanned = noisy(rotated(page, degrees), random);
                addImagePage(out, scanned, box, dpi);
            }
            out.save(target.toFile());
        }
        return target;
    }

    /** Appends a page that is only {@code image}, filling {@code box}: what a scanner writes. */
    public static void addImagePage(PDDocument out, BufferedImage image, PDRectangle box) throws IOException {
        addImagePage(out, image, box, DPI);
    }

    /** The same, for an image scanned at {@code dpi}. */
    public static void addImagePage(PDDocument out, BufferedImage image, PDRectangle box, int dpi) throws IOException {
        PDPage p = new PDPage(new PDRectangle(box.getWidth(), box.getHeight()));
        out.addPage(p);
        PDImageXObject jpeg = JPEGFactory.createFromImage(out, image, 0.75f, dpi);
        try (PDPageContentStream cs = new PDPageContentStream(out, p)) {
            cs.drawImage(jpeg, 0, 0, box.getWidth(), box.getHeight());
        }
    }

    static BufferedImage rotated(BufferedImage in, double degrees) {
        BufferedImage out = new BufferedImage(in.getWidth(), in.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(in, AffineTransform.getRotateInstance(Math.toRadians(degrees), in.getWidth() / 2.0,
                in.getHeight() / 2.0), null);
        g.dispose();
        return out;
    }

    /** Gaussian grey noise (sigma 12 of 255) and a slightly grey paper. */
    static BufferedImage noisy(BufferedImage img, Random random) {
        var raster = img.getRaster();
        int[] row = new int[img.getWidth()];
        for (int y = 0; y < img.getHeight(); y++) {
            raster.getSamples(0, y, img.getWidth(), 1, 0, row);
            for (int x = 0; x < row.length; x++) {
                int v = (int) Math.round(row[x] * 0.94 + random.nextGaussian() * 12);
                row[x] = Math.max(0, Math.min(255, v));
            }
            raster.setSamples(0, y, img.getWidth(), 1, 0, row);
        }
        return img;
    }

    public static void main(String[] args) throws IOException {
        Files.createDirectories(Path.of(args[1]).getParent());
        scan(Path.of(args[0]), Path.of(args[1]), 16, 0);
    }
}
