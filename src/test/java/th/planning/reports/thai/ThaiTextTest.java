package th.planning.reports.thai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThaiTextTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // broken words seen in budget-bill-2565-vol31.pdf (PDFBox raw text)
            "ลา้นบาท|ล้านบาท",
            "สารบััญ|สารบัญ",
            "ประจำำ\uFFFDปี|ประจำปี",
            "ประจ\uFFFDาปีงบประมาณ|ประจำปีงบประมาณ",
            "ส\uFFFDานักงบประมาณ|สำนักงบประมาณ",
            "สำ\uFFFDำานัก|สำนัก",
            "ท่ี่\uFFFD|ที่",
            "หน่่วยงานอ่ื่\uFFFDน|หน่วยงานอื่น",
            "ยุุทธศาสตร์์ชาติิ|ยุทธศาสตร์ชาติ",
            "ผลสััมฤทธิ์์\uFFFDและ|ผลสัมฤทธิ์และ",
            // นิคหิต + สระอา, also with a tone between: tone stays before อำ
            "ก\u0E4D\u0E32|กำ",
            "ก\u0E48\u0E4D\u0E32|ก่ำ",
            "ก\u0E4D\u0E48\u0E32|ก่ำ",
            "ก\u0E33\u0E48|ก่ำ",
            // tone before an above/below vowel
            "ท\u0E48\u0E35|ที่",
            "ป\u0E49\u0E39|ปู้",
            "เเผนงาน|แผนงาน",
            "ตัว\u200Bชี้\u200Dวัด\uFEFF|ตัวชี้วัด",
            "งบ\u00ADประมาณ|งบประมาณ",
            // PUA glyph variants (Windows and Mac ranges)
            "ป\uF701|ปิ",
            "ที\uF70A|ที่",
            "\uF700าน|ฐาน",
            "\uF884าน|ฐาน",
            // marks that slid past the next consonant: the dictionary makes the reading certain
            "ตวัชวีดั|ตัวชีวัด",
    })
    void canonicalizesBrokenThai(String raw, String canonical) {
        assertEquals(canonical, ThaiText.canonicalize(raw));
        assertEquals(0, Orthography.countViolations(ThaiText.canonicalize(raw)));
    }

    @Test
    void returnsCleanTextUnchangedAndAsTheSameInstance() {
        String[] clean = {"แบบรายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
            "๙.๑ ได้รับจัดสรรงบประมาณ จำนวน ๙,๓๖๕,๘๐๐ บาท (เก้าล้านสามแสนหกหมื่นห้าพันแปดร้อยบาทถ้วน)",
            "ตัวชี้วัด", "Digital Wallet 10,000", "กำลังคน ผู้นำ ก่ำ", ""};
        for (String s : clean) {
            assertSame(s, ThaiText.canonicalize(s), s);
        }
    }

    @Test
    void leavesUnknownRunsAloneWhenTheDictionaryIsNotCertain() {
        // ั at the end of a non-word: no shift reads as dictionary words, so the text stays as it was
        assertEquals("กขคั", ThaiText.canonicalize("กขคั"));
    }

    @Test
    void countsEachKindOfViolation() {
        assertEquals(1, Orthography.countViolations(" \u0E48"));        // mark with no base
        assertEquals(1, Orthography.countViolations("ก\u0E34\u0E35"));  // two above vowels
        assertEquals(1, Orthography.countViolations("ก\u0E48\u0E49"));  // two tones
        assertEquals(1, Orthography.countViolations("สารบััญ"));        // doubled mark
        assertEquals(1, Orthography.countViolations("ก\u0E33\u0E48"));  // mark after สระอำ
        assertEquals(1, Orthography.countViolations("ก\uFFFD"));
        assertEquals(1, Orthography.countViolations("\uF701"));
        assertEquals(0, Orthography.countViolations("ที่ตัวชี้วัด ผลสัมฤทธิ์ กำ ก่ำ"));
    }

    @Test
    void passThatChangesNothingIsCheap() {
        String line = "๙.๒ งบประมาณตามสัญญาจ้าง หรืองบประมาณสำหรับดำเนินการเอง รวมทั้งสิ้น จำนวน ๕,๙๔๔,๔๒๐ บาท";
        for (int i = 0; i < 20_000; i++) {
            ThaiText.canonicalize(line); // warm up
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < 200_000; i++) {
            ThaiText.canonicalize(line);
        }
        long perLineNs = (System.nanoTime() - t0) / 200_000;
        // generous bound for a shared 2-core CI box; a regex or dictionary pass per line would be far slower
        assertTrue(perLineNs < 20_000, "ns per clean line: " + perLineNs);
    }
}
