package th.planning.reports.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Font;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The ten Thai digits, drawn in the TLWG fonts at sizes the model was not built from, read back. */
class ThaiDigitClassifierTest {

    /** Sizes (pixels per em) the model is not built from: 10 pt to 20 pt at 300 dpi. */
    private static final int[] SIZES = {40, 52, 76, 84};

    @Test
    void readsTheTenThaiDigitsInEveryTlwgFontAtUnseenSizes() throws Exception {
        assumeTrue(ThaiDigitClassifier.fontsInstalled(), "fonts-thai-tlwg is not installed (apt-get install fonts-thai-tlwg)");
        ThaiDigitClassifier model = ThaiDigitClassifier.shared();
        List<String> wrong = new ArrayList<>();
        int total = 0;
        Random random = new Random(7);
        for (Path file : ThaiDigitClassifier.fontFiles(ThaiDigitClassifier.FAMILIES)) {
            Font base = Font.createFont(Font.TRUETYPE_FONT, file.toFile());
            for (int size : SIZES) {
                for (char d = '๐'; d <= '๙'; d++) {
                    for (int variant = 0; variant < 5; variant++) {
                        total++;
                        char read = model.classify(ThaiDigitClassifier.render(base.deriveFont((float) size), d, variant,
                                random)).label();
                        if (read != d) {
                            wrong.add(file.getFileName() + " " + size + " v" + variant + ": " + d + "→" + read);
                        }
                    }
                }
            }
        }
        System.out.println("Thai digits: " + (total - wrong.size()) + " / " + total + " right; wrong: " + wrong);
        assertThat(total).isGreaterThanOrEqualTo(16 * 4 * 10 * 5);
        assertThat(1.0 - (double) wrong.size() / total).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void readsTheDigitsOfAFontItWasNotBuiltFrom() throws Exception {
        assumeTrue(ThaiDigitClassifier.fontsInstalled(), "fonts-thai-tlwg is not installed (apt-get install fonts-thai-tlwg)");
        // built without Loma, asked to read Loma: how it fares on a typeface it has never seen (137 of 160)
        List<String> others = new ArrayList<>(ThaiDigitClassifier.FAMILIES);
        others.remove("Loma");
        ThaiDigitClassifier model = ThaiDigitClassifier.fromFonts(ThaiDigitClassifier.fontFiles(others));
        Font loma = Font.createFont(Font.TRUETYPE_FONT, ThaiDigitClassifier.TLWG.resolve("Loma.ttf").toFile());
        int right = 0;
        int total = 0;
        Random random = new Random(3);
        for (int size : SIZES) {
            for (char d = '๐'; d <= '๙'; d++) {
                for (int variant = 0; variant < 5; variant++) {
                    total++;
                    if (model.classify(ThaiDigitClassifier.render(loma.deriveFont((float) size), d, variant, random))
                            .label() == d) {
                        right++;
                    }
                }
            }
        }
        System.out.println("Loma digits, model without Loma: " + right + " / " + total);
        assertThat((double) right / total).isGreaterThanOrEqualTo(0.8);
    }
}
