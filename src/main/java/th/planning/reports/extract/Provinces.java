package th.planning.reports.extract;

import java.util.ArrayList;
import java.util.List;

/** The 77 provinces of Thailand, and the provinces a §๑๐ area text names. */
public final class Provinces {

    /** Official names; Bangkok also as typed on forms (กรุงเทพฯ, กทม.). */
    static final List<String> NAMES = List.of(
            "กรุงเทพมหานคร", "กระบี่", "กาญจนบุรี", "กาฬสินธุ์", "กำแพงเพชร", "ขอนแก่น", "จันทบุรี", "ฉะเชิงเทรา",
            "ชลบุรี", "ชัยนาท", "ชัยภูมิ", "ชุมพร", "เชียงราย", "เชียงใหม่", "ตรัง", "ตราด", "ตาก", "นครนายก",
            "นครปฐม", "นครพนม", "นครราชสีมา", "นครศรีธรรมราช", "นครสวรรค์", "นนทบุรี", "นราธิวาส", "น่าน",
            "บึงกาฬ", "บุรีรัมย์", "ปทุมธานี", "ประจวบคีรีขันธ์", "ปราจีนบุรี", "ปัตตานี", "พระนครศรีอยุธยา",
            "พะเยา", "พังงา", "พัทลุง", "พิจิตร", "พิษณุโลก", "เพชรบุรี", "เพชรบูรณ์", "แพร่", "ภูเก็ต",
            "มหาสารคาม", "มุกดาหาร", "แม่ฮ่องสอน", "ยโสธร", "ยะลา", "ร้อยเอ็ด", "ระนอง", "ระยอง", "ราชบุรี",
            "ลพบุรี", "ลำปาง", "ลำพูน", "เลย", "ศรีสะเกษ", "สกลนคร", "สงขลา", "สตูล", "สมุทรปราการ",
            "สมุทรสงคราม", "สมุทรสาคร", "สระแก้ว", "สระบุรี", "สิงห์บุรี", "สุโขทัย", "สุพรรณบุรี", "สุราษฎร์ธานี",
            "สุรินทร์", "หนองคาย", "หนองบัวลำภู", "อ่างทอง", "อำนาจเจริญ", "อุดรธานี", "อุตรดิตถ์", "อุทัยธานี",
            "อุบลราชธานี");

    /**
     * The regions (ภาค) an area can name instead of provinces, longest first so that ภาคตะวันออกเฉียงเหนือ is
     * not also read as ภาคตะวันออก. The six of the Royal Institute's division; ภาคอีสาน is the north-east.
     */
    private static final String[][] REGIONS = {
            {"ภาคตะวันออกเฉียงเหนือ", "ภาคตะวันออกเฉียงเหนือ"}, {"ภาคอีสาน", "ภาคตะวันออกเฉียงเหนือ"},
            {"ภาคตะวันออก", "ภาคตะวันออก"}, {"ภาคตะวันตก", "ภาคตะวันตก"}, {"ภาคเหนือ", "ภาคเหนือ"},
            {"ภาคกลาง", "ภาคกลาง"}, {"ภาคใต้", "ภาคใต้"}};

    private Provinces() {
    }

    /**
     * The regions an area text names ("กรุงเทพฯ และ ๔ ภาค ได้แก่ ภาคเหนือ ภาคกลาง …"), in the text's order,
     * each once. Not provinces: a region is kept as such, never expanded into provinces it was not said to be.
     */
    public static List<String> regions(String area) {
        List<String> out = new ArrayList<>();
        if (area == null) {
            return out;
        }
        StringBuilder text = new StringBuilder(area.replace(" ", ""));
        java.util.TreeMap<Integer, String> found = new java.util.TreeMap<>();
        for (String[] r : REGIONS) {
            for (int at = text.indexOf(r[0]); at >= 0; at = text.indexOf(r[0], at + 1)) {
                found.putIfAbsent(at, r[1]);
                // blank the match so a shorter name inside it is not found again
                text.replace(at, at + r[0].length(), "#".repeat(r[0].length()));
            }
        }
        for (String name : found.values()) {
            if (!out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    /** True when the area is the whole country ("ทั่วประเทศ", "ทุกจังหวัด"). */
    public static boolean nationwide(String area) {
        return area != null && (area.contains("ทั่วประเทศ") || area.contains("ทุกจังหวัด") || area.contains("๗๗ จังหวัด"));
    }

    /** The provinces an area text names, in the list's order (Bangkok for กรุงเทพฯ / กทม.). */
    public static List<String> named(String area) {
        List<String> out = new ArrayList<>();
        if (area == null) {
            return out;
        }
        String text = area.replace(" ", "");
        for (String name : NAMES) {
            boolean found = text.contains(name)
                    || name.equals("กรุงเทพมหานคร") && (text.contains("กรุงเทพ") || text.contains("กทม"));
            // "นครนายก" must not be found inside a longer name; the list has no name inside another
            // except ones that only occur as that longer name, so a plain substring test suffices.
            if (found) {
                out.add(name);
            }
        }
        return out;
    }
}
