package th.planning.reports.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PassagesAndProvincesTest {

    @Test
    void aWrappedNoteIsOnePassageAndEachNumberedItemItsOwn() {
        assertThat(Passages.group(List.of(
                "หมายเหตุ : ยังไม่สามารถลงนามในสัญญา งบประมาณดังกล่าวเป็นการสำรองเงิน CX ตามหลักเกณฑ์และ",
                "วิธีปฏิบัติในการขอเงินงบประมาณ",
                "๒. วงเงินงบประมาณที่ดำเนินการ จำนวน ๒,๙๘๐,๑๐๐ บาท",
                "งบประมาณคงเหลือ จำนวน ๒,๙๘๐,๑๐๐ บาท",
                "- รายการหนึ่ง",
                "- รายการสอง")))
                .containsExactly(
                        "หมายเหตุ : ยังไม่สามารถลงนามในสัญญา งบประมาณดังกล่าวเป็นการสำรองเงิน CX ตามหลักเกณฑ์และวิธีปฏิบัติในการขอเงินงบประมาณ",
                        "๒. วงเงินงบประมาณที่ดำเนินการ จำนวน ๒,๙๘๐,๑๐๐ บาท",
                        "งบประมาณคงเหลือ จำนวน ๒,๙๘๐,๑๐๐ บาท",
                        "รายการหนึ่ง",
                        "รายการสอง");
    }

    @Test
    void provincesAreFoundByNameAndBangkokByItsShortForms() {
        assertThat(Provinces.named("เชียงใหม่ ลำพูน และ กทม.")).containsExactly("กรุงเทพมหานคร", "เชียงใหม่", "ลำพูน");
        assertThat(Provinces.named("ภาคเหนือ ภาคใต้")).isEmpty();
        assertThat(Provinces.nationwide("ทั่วประเทศ")).isTrue();
        assertThat(Provinces.nationwide("กรุงเทพฯ")).isFalse();
    }

    @Test
    void aYearOrACircularNumberIsNeverAnAmount() {
        assertThat(MoneyMentions.amountAfter("ขอเงินงบประมาณปี พ.ศ. ๒๕๖๗ ไว้เบิกเหลือในปี (กค ๐๔๐๒.๕/ว๑๔๔", "จำนวน"))
                .isNull();
        assertThat(MoneyMentions.amountAfter("ใช้จ่ายในปีงบประมาณ พ.ศ. ๒๕๖๖ จำนวน - บาท", "จำนวน"))
                .isEqualByComparingTo("0");
        assertThat(MoneyMentions.amountAfter("เป็นเงิน 1500 บาท", "จำนวน")).isEqualByComparingTo("1500");
    }

    @Test
    void aCountOfPeopleIsNotMoney() {
        assertThat(MoneyMentions.firstAmount("ดำเนินการแล้วเสร็จ ๕๒๙ อำเภอ รวม ๓๕,๒๑๙ คน")).isNull();
        assertThat(MoneyMentions.firstAmount("ที่ถูกต้องคือ ๔๔๗,๐๑๕ ไตรมาสที่ ๓")).isEqualByComparingTo("447015");
    }

    @Test
    void regionsAreKeptAsTheirOwnListBesideBangkok() {
        String area = "กรุงเทพฯ และ ๔ ภาค ได้แก่ ภาคเหนือ ภาคกลาง ภาคตะวันออกเฉียงเหนือ ภาคใต้";
        assertThat(Provinces.named(area)).containsExactly("กรุงเทพมหานคร");
        assertThat(Provinces.regions(area))
                .containsExactly("ภาคเหนือ", "ภาคกลาง", "ภาคตะวันออกเฉียงเหนือ", "ภาคใต้");
        assertThat(Provinces.nationwide(area)).isFalse();
    }

    @Test
    void aRegionInsideALongerNameOrTheSectorWordIsNotARegion() {
        assertThat(Provinces.regions("ภาคตะวันออก และภาคอีสาน")).containsExactly("ภาคตะวันออก", "ภาคตะวันออกเฉียงเหนือ");
        assertThat(Provinces.regions("ส่วนกลางและส่วนภูมิภาค ภาคเอกชน ภาครัฐ")).isEmpty();
        assertThat(Provinces.regions("ทั่วประเทศ")).isEmpty();
        assertThat(Provinces.regions(null)).isEmpty();
    }
}
