package th.planning.reports.extract;

import th.planning.reports.document.Where;
import java.math.BigDecimal;
import th.planning.reports.thai.BahtText;
import th.planning.reports.thai.BahtTextResult;
import th.planning.reports.thai.ParsedNumber;
import th.planning.reports.thai.ValueStatus;

/**
 * A number of the form (an amount or a percentage) as read, with the amount the Thai words beside it
 * say (when there are words), the section it belongs to, the text it was read from and where in the file
 * that text is (null when unknown or absent).
 */
public record NumberField(ParsedNumber number, String words, BahtTextResult wordsValue,
                          String section, String source, Where where) {

    /** A field whose place in the file is not known. */
    public NumberField(ParsedNumber number, String words, BahtTextResult wordsValue, String section, String source) {
        this(number, words, wordsValue, section, source, null);
    }

    /** This field, read at {@code place} in the file. */
    public NumberField at(Where place) {
        return new NumberField(number, words, wordsValue, section, source, place);
    }

    public static NumberField absent(String section) {
        return new NumberField(new ParsedNumber(ValueStatus.ABSENT, null, null, null), null, null, section, null);
    }

    public BigDecimal value() {
        return number.value();
    }

    public ValueStatus status() {
        return number.status();
    }

    /** True when digits and words were both read in full and say different amounts. */
    public boolean wordsDisagree() {
        return number.value() != null && wordsValue != null && wordsValue.complete()
                && wordsValue.value() != null && wordsValue.value().compareTo(number.value()) != 0;
    }

    static NumberField amount(String text, String section, String source) {
        String words = BahtText.findWords(text);
        BahtTextResult parsed = words == null ? null : BahtText.parse(words);
        return new NumberField(th.planning.reports.thai.Amounts.parseAmount(text), words, parsed, section, source);
    }
}
