package th.planning.reports.extract;

import java.util.List;

/**
 * The form's prose, section by section, as typed (lines joined with newlines), for analysts who read
 * beside the numbers.
 *
 * @param objectives     §๔ วัตถุประสงค์
 * @param targets        §๕ เป้าหมาย/ผลผลิต
 * @param summary        §๖ สรุปสาระสำคัญ
 * @param benefits       §๑๒ ประโยชน์ที่ได้รับ
 * @param problems       §๑๓ ปัญหา/อุปสรรค และข้อเสนอแนะ
 * @param provinces      provinces §๑๐ names (official names; empty when it names none)
 * @param nationwide     §๑๐ says ทั่วประเทศ (the whole country)
 * @param regions        regions (ภาค) §๑๐ names, e.g. ภาคเหนือ; empty when it names none
 * @param duration       §๘ before the activity table: "ทั้งโครงการ ๖ เดือน" and its dates
 * @param durationMonths §๘ label's "n ปี m เดือน" in months, or null
 * @param coordinator    "ผู้ประสานรายงานข้อมูลโดย …": the unit that coordinates the report
 * @param phone          "เบอร์โทรศัพท์ …"
 */
public record FormText(TextField objectives, TextField targets, TextField summary, TextField benefits,
                       TextField problems, List<String> provinces, boolean nationwide, TextField duration,
                       Integer durationMonths, TextField coordinator, TextField phone, List<String> regions) {

    public static final FormText NONE = new FormText(TextField.absent("4"), TextField.absent("5"),
            TextField.absent("6"), TextField.absent("12"), TextField.absent("13"), List.of(), false,
            TextField.absent("8"), null, TextField.absent("footer"), TextField.absent("footer"), List.of());

    public FormText {
        provinces = provinces == null ? List.of() : List.copyOf(provinces);
        regions = regions == null ? List.of() : List.copyOf(regions);
    }
}
