package th.planning.reports.thai;

import java.math.BigDecimal;

/**
 * Result of reading an amount in Thai words.
 *
 * @param value     the amount (scale 2) when the whole text was read; null otherwise
 * @param complete  true when every word was consumed and made a well-formed amount
 * @param stoppedAt index in the given text where reading stopped (its length when complete)
 * @param problem   why reading stopped, or null when complete
 */
public record BahtTextResult(BigDecimal value, boolean complete, int stoppedAt, String problem) {
}
