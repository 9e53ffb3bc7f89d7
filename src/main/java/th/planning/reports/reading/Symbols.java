package th.planning.reports.reading;

import java.util.Locale;

/** Checkbox and tick glyphs from Word's symbol fonts, as Unicode. */
final class Symbols {

    static final String CHECKED = "☑";
    static final String UNCHECKED = "☐";

    private Symbols() {
    }

    /**
     * The Unicode text for a {@code w:sym} character: boxes become ☑ (ticked or crossed) or ☐
     * (empty); a few other marks become their Unicode look-alike; other symbol-font characters are
     * dropped (they would be private-use garbage). A non-symbol font's character is itself.
     */
    static String symbol(String font, String hexChar) {
        int code;
        try {
            code = Integer.parseInt(hexChar.trim(), 16);
        } catch (RuntimeException e) {
            return "";
        }
        String f = font == null ? "" : font.trim().toLowerCase(Locale.ROOT);
        boolean symbolFont = f.startsWith("wingdings") || f.equals("symbol") || f.startsWith("webdings");
        if (!symbolFont) {
            return code >= 0xF000 && code <= 0xF0FF ? "" : new String(Character.toChars(code));
        }
        int c = code >= 0xF000 ? code - 0xF000 : code;
        if (f.equals("wingdings 2")) {
            return switch (c) {
                case 0x51, 0x52, 0x53, 0x54 -> CHECKED;
                case 0x2A, 0xA2, 0xA3, 0xA4, 0x30 -> UNCHECKED;
                case 0x4F -> "✗";
                case 0x50 -> "✓";
                default -> "";
            };
        }
        if (f.equals("wingdings")) {
            return switch (c) {
                case 0x78, 0xFD, 0xFE -> CHECKED;
                case 0x6F, 0x70, 0x71, 0x72, 0xA8 -> UNCHECKED;
                case 0xFB -> "✗";
                case 0xFC -> "✓";
                case 0x6E -> "■";
                case 0x9F, 0xA1 -> "○";
                case 0x6C -> "●";
                case 0xA7 -> "▪";
                case 0x46 -> "☞";
                default -> "";
            };
        }
        if (f.equals("symbol")) {
            return switch (c) {
                case 0xD6 -> "√";
                case 0xB7 -> "•";
                case 0xB4 -> "×";
                case 0x2D -> "-";
                default -> (c >= 0x20 && c <= 0x3F) ? String.valueOf((char) c) : "";
            };
        }
        return "";
    }
}
