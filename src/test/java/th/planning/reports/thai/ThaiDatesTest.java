package th.planning.reports.thai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThaiDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // single-date spellings from the seed
            "๒๖ ก.ค. ๖๗|2024-07-26",
            "๑ ตุลาคม ๒๕๖๖|2023-10-01",
            "๓๐ กันยายน ๒๕๖๗|2024-09-30",
            "๒๙ กุมภาพันธ์ ๒๕๖๗|2024-02-29",
            "๒๗ ก.ย. ๖๗|2024-09-27",
            "๒๑ ต.ค.๖๗|2024-10-21",
            "๒๙ มี.ค.๖๗|2024-03-29",
            "๗ มิ.ย.๖๗|2024-06-07",
            "๓๐ เม.ย. ๖๗|2024-04-30",
            "๒๔ พ.ค. ๖๗|2024-05-24",
            "๒๕ ม.ค. ๖๗|2024-01-25",
            "๒๒ ก.พ. ๖๗|2024-02-22",
            "๑๖ ส.ค. ๖๗|2024-08-16",
            "๓ พ.ย. ๖๖|2023-11-03",
            "๒๖ ธ.ค. ๖๖|2023-12-26",
            "๒๔ ม.ค. ๒๕๖๗|2024-01-24",
            "๒๑ ส.ค. ๒๕๖๗|2024-08-21",
            "๑๑ กันยายน ๖๗|2024-09-11",
            "๑ เมษายน ๖๗|2024-04-01",
            "๕ ธันวาคม ๒๕๕๐|2007-12-05",
            "๗ พฤษภาคม ๒๕๖๒|2019-05-07",
            "๑ ตุลาคม พ.ศ. ๒๕๖๓|2020-10-01",
            "เมื่อวันที่ ๒๐ กันยายน ๒๕๖๗ โดยผู้ชนะได้แก่|2024-09-20",
            // spellings from the brief and edge cases
            "31 มี.ค. 2567|2024-03-31",
            "๒๖ กค ๖๗|2024-07-26",
            "๒๖ ก.ค ๖๗|2024-07-26",
            "26 ก.ค. 2024|2024-07-26",
            "๑ ตุลาคม ๒๕๖๖ - ๓๑ ธันวาคม ๒๕๖๖|2023-10-01",
    })
    void readsDate(String text, String iso) {
        assertEquals(LocalDate.parse(iso), ThaiDates.parseDate(text));
    }

    @Test
    void returnsNullWhenNoCompleteDate() {
        assertNull(ThaiDates.parseDate("๑๗ เมษายน"));          // seed: no year
        assertNull(ThaiDates.parseDate("ตุลาคม ๒๕๖๖"));         // a month is not a day
        assertNull(ThaiDates.parseDate("๓๑ มิถุนายน ๒๕๖๗"));      // no such day
        assertNull(ThaiDates.parseDate("ที่ กค ๐๔๐๒/ว ๑๒๓"));     // seed: a Finance Ministry letter number
        assertNull(ThaiDates.parseDate("ไตรมาส ๑ มีความก้าวหน้า"));
        assertNull(ThaiDates.parseDate(null));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // range spellings from the seed
            "๒๖ ก.ค. - ๒๔ ต.ค. ๒๕๖๗|2024-07-26|2024-10-24",
            "กุมภาพันธ์ - พฤษภาคม ๒๕๖๗|2024-02-01|2024-05-31",
            "ตุลาคม ๒๕๖๖ - มีนาคม ๒๕๖๘|2023-10-01|2025-03-31",
            "๑ เมษายน – สิ้นสุดวันที่ ๓๐ กันยายน ๒๕๖๗|2024-04-01|2024-09-30",
            "เริ่มตั้งแต่วันที่ ๑ เมษายน – สิ้นสุดวันที่ ๓๐ กันยายน ๒๕๖๗|2024-04-01|2024-09-30",
            "๑ ตุลาคม ๒๕๖๖ - ๓๑ ธันวาคม ๒๕๖๖|2023-10-01|2023-12-31",
            "๑ มกราคม ๒๕๖๗ - ๓๑ มีนาคม ๒๕๖๗|2024-01-01|2024-03-31",
            "๑ เมษายน ๒๕๖๗ - ๓๐ มิถุนายน ๒๕๖๗|2024-04-01|2024-06-30",
            "๑ กรกฎาคม ๒๕๖๗ - ๓๐ กันยายน ๒๕๖๗|2024-07-01|2024-09-30",
            "ตุลาคม ๒๕๖๖ - กันยายน ๒๕๖๗|2023-10-01|2024-09-30",
            "ตุลาคม ๒๕๖๖ – กันยายน ๒๕๖๗|2023-10-01|2024-09-30",
            "ตุลาคม - ธันวาคม ๒๕๖๖|2023-10-01|2023-12-31",
            "ตุลาคม-พฤศจิกายน ๒๕๖๖|2023-10-01|2023-11-30",
            "ตุลาคม – ธันวาคม ๒๕๖๗|2024-10-01|2024-12-31",
            "เมษายน - กันยายน ๒๕๖๗|2024-04-01|2024-09-30",
            "ตุลาคม ๒๕๖๗ - มกราคม ๒๕๖๘|2024-10-01|2025-01-31",
            "ตุลาคม ๖๖ - พฤษภาคม ๖๗|2023-10-01|2024-05-31",
            "ตุลาคม 66 - กันยายน 67|2023-10-01|2024-09-30",
            "๑๙ กรกฎาคม - ๑๖ สิงหาคม ๒๕๖๗|2024-07-19|2024-08-16",
            "๓๑ กรกฎาคม - ๑ สิงหาคม ๒๕๖๗|2024-07-31|2024-08-01",
            "สิงหาคม - ๑ กันยายน ๒๕๖๗|2024-08-01|2024-09-01",
            "๑ ตุลาคม ๒๕๖๖ - กันยายน ๒๕๖๗|2023-10-01|2024-09-30",
            "๑ ตุลาคม ๒๕๖๖ – ๑ กันยายน ๒๕๖๗|2023-10-01|2024-09-01",
            "๒๙ มีนาคม ๒๕๖๖ – ๓๐ กันยายน ๒๕๖๖|2023-03-29|2023-09-30",
            "๑ ตุลาคม ๒๕๖๓ – ๓๐ กันยายน ๒๕๖๗|2020-10-01|2024-09-30",
            "มิถุนายน - ธันวาคม ๒๕๖๗|2024-06-01|2024-12-31",
            "กุมภาพันธ์ ๒๕๖๘ - กรกฎาคม ๒๕๖๘|2025-02-01|2025-07-31",
            // a year given only at the end: the start month after the end month is in the year before
            "ตุลาคม - มีนาคม ๒๕๖๗|2023-10-01|2024-03-31",
            // a year given only at the start: the end month before the start month is in the next year
            "๑ ตุลาคม พ.ศ. ๒๕๖๓ – ๓๐ กันยายน|2020-10-01|2021-09-30",
            // single month or day
            "กุมภาพันธ์ ๒๕๖๗|2024-02-01|2024-02-29",
            "๒๖ ก.ค. ๖๗|2024-07-26|2024-07-26",
            "๑ ก.ค. ถึง ๓๑ ส.ค. ๖๗|2024-07-01|2024-08-31",
    })
    void readsRange(String text, String start, String end) {
        assertEquals(new DateRange(LocalDate.parse(start), LocalDate.parse(end)), ThaiDates.parseRange(text));
    }

    @Test
    void readsOpenEndedRangeFromSeed() {
        // seed: "๑ ตุลาคม ๒๕๖๖ -" with the end left for the next cell
        assertEquals(new DateRange(LocalDate.of(2023, 10, 1), null), ThaiDates.parseRange("๑ ตุลาคม ๒๕๖๖ -"));
    }

    @Test
    void returnsNullRangeWithoutYearOrMonth() {
        assertNull(ThaiDates.parseRange("เมษายน - มิถุนายน"));
        assertNull(ThaiDates.parseRange("ดำเนินการแล้วเสร็จ"));
        assertNull(ThaiDates.parseRange(null));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "พ.ศ. ๒๕๖๗|2567",
            "แบบรายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. ๒๕๖๗|2567",
            "ปี ๒๕๖๗|2567",
            "ปี พ.ศ. 2568|2568",
            "๖๗|2567",
            "ปีงบประมาณ 2024|2567",
            // seed: an item number before the year must not be taken for it
            "๙. โครงการใช้งบประมาณ ปี พ.ศ. ๒๕๖๗|2567",
    })
    void readsBuddhistYear(String text, int year) {
        assertEquals(year, ThaiDates.parseBuddhistYear(text));
    }

    @Test
    void returnsNullYearWhenThereIsNone() {
        assertNull(ThaiDates.parseBuddhistYear("ไม่ระบุ"));
        assertNull(ThaiDates.parseBuddhistYear("๙,๓๖๕,๘๐๐ บาท"));
        assertNull(ThaiDates.parseBuddhistYear(null));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2023-10-01|2567|1",
            "2023-12-31|2567|1",
            "2024-01-01|2567|2",
            "2024-03-31|2567|2",
            "2024-04-01|2567|3",
            "2024-06-30|2567|3",
            "2024-07-01|2567|4",
            "2024-09-30|2567|4",
            "2024-10-01|2568|1",
            "2024-02-29|2567|2",
    })
    void placesDateInFiscalQuarter(String date, int fy, int quarter) {
        assertEquals(new FiscalPeriod(fy, quarter), FiscalCalendar.periodOf(LocalDate.parse(date)));
    }

    @Test
    void givesQuarterBoundsOfFiscalYear2567AsPrintedOnTheSeedForm() {
        // seed checklist: ณ สิ้นไตรมาส ๑ (๑ ตุลาคม ๒๕๖๖ - ๓๑ ธันวาคม ๒๕๖๖) ... ไตรมาส ๔ (๑ กรกฎาคม ๒๕๖๗ - ๓๐ กันยายน ๒๕๖๗)
        String[] printed = {"๑ ตุลาคม ๒๕๖๖ - ๓๑ ธันวาคม ๒๕๖๖", "๑ มกราคม ๒๕๖๗ - ๓๑ มีนาคม ๒๕๖๗",
            "๑ เมษายน ๒๕๖๗ - ๓๐ มิถุนายน ๒๕๖๗", "๑ กรกฎาคม ๒๕๖๗ - ๓๐ กันยายน ๒๕๖๗"};
        for (int q = 1; q <= 4; q++) {
            DateRange r = ThaiDates.parseRange(printed[q - 1]);
            assertEquals(r.start(), FiscalCalendar.quarterStart(2567, q));
            assertEquals(r.end(), FiscalCalendar.quarterEnd(2567, q));
        }
        assertEquals(LocalDate.of(2023, 10, 1), FiscalCalendar.quarterStart(2567, 1));
        assertEquals(LocalDate.of(2024, 9, 30), FiscalCalendar.quarterEnd(2567, 4));
        assertThrows(IllegalArgumentException.class, () -> FiscalCalendar.quarterStart(2567, 5));
    }

    @Test
    void readsTheYearTypedWithoutASpaceAfterTheEra() {
        assertEquals(2568, ThaiDates.parseBuddhistYear("ปีงบประมาณ พ.ศ.๒๕๖๘"));
        assertEquals(2567, ThaiDates.parseBuddhistYear("ประจำปีงบประมาณ พ.ศ.2567"));
    }

    // Issue 21.4: a date or year no calendar has is reported as typed, never read as another.

    @ParameterizedTest(name = "impossible {0}")
    @CsvSource(delimiter = '|', value = {
            "แบบรายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. ๓๐๐๐|พ.ศ. ๓๐๐๐",
            "- ณ สิ้นไตรมาส ๔ (๑ กรกฎาคม ๓๐๐๐ - ๓๐ กันยายน ๓๐๐๐)|๑ กรกฎาคม ๓๐๐๐;๓๐ กันยายน ๓๐๐๐",
            "เริ่มตั้งแต่วันที่ ๓๒ กรกฎาคม ๒๕๖๗|๓๒ กรกฎาคม ๒๕๖๗",
            "๓๒ กรกฎาคม - ๓๐ กันยายน ๒๕๖๗|๓๒ กรกฎาคม",
            "๓๐ กุมภาพันธ์ - มีนาคม ๒๕๖๗|๓๐ กุมภาพันธ์",
            "๒๙ กุมภาพันธ์ ๒๕๖๖|๒๙ กุมภาพันธ์ ๒๕๖๖",
            "ตุลาคม ๑๒๓๔|ตุลาคม ๑๒๓๔"})
    void impossibleDatesAreQuotedAsTyped(String text, String expected) {
        assertEquals(java.util.List.of(expected.split(";")), ThaiDates.impossibleDates(text));
        if (!text.contains("ไตรมาส") && !text.contains(" - ")) {
            assertNull(ThaiDates.parseDate(text));
        }
    }

    @ParameterizedTest(name = "possible {0}")
    @CsvSource(delimiter = '|', value = {
            "แบบรายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
            "- ณ สิ้นไตรมาส ๔ (๑ กรกฎาคม ๒๕๖๗ - ๓๐ กันยายน ๒๕๖๗)",
            "๒๙ กุมภาพันธ์ ๒๕๖๗",
            "๓๐ กุมภาพันธ์ พ.ศ. ๒๕๖๗ ไม่มี แต่ ๓๑ มกราคม มี",  // one impossible, one possible
            "พัฒนาระบบราชการ ๔.๐ เมษายน – กันยายน ๒๕๖๗",
            "พระราชบัญญัติ พ.ศ. ๒๔๙๖",
            "๒๖ ก.ค. - ๒๔ ต.ค. ๒๕๖๗"})
    void possibleDatesAreNotReported(String text) {
        java.util.List<String> found = ThaiDates.impossibleDates(text);
        if (text.startsWith("๓๐ กุมภาพันธ์")) {
            assertEquals(java.util.List.of("๓๐ กุมภาพันธ์ พ.ศ. ๒๕๖๗"), found);
        } else {
            assertEquals(java.util.List.of(), found);
        }
    }

    @Test
    void aFiscalYearIsPlausibleFromBe2500To2700() {
        assertEquals(true, ThaiDates.plausibleFiscalYear(2567));
        assertEquals(true, ThaiDates.plausibleFiscalYear(2500));
        assertEquals(true, ThaiDates.plausibleFiscalYear(2700));
        assertEquals(false, ThaiDates.plausibleFiscalYear(2499));
        assertEquals(false, ThaiDates.plausibleFiscalYear(3000));
        // ๓๐๐๐ is no year at all to the parser: it is never taken for one
        assertNull(ThaiDates.parseBuddhistYear("ประจำปีงบประมาณ พ.ศ. ๓๐๐๐"));
    }

    @Test
    void aLongNumberBeforeAYearDoesNotBreakTheYearParser() {
        assertEquals(2567, ThaiDates.parseBuddhistYear("๙. จำนวน 12345678901234567890 ปี พ.ศ. ๒๕๖๗"));
    }
}
