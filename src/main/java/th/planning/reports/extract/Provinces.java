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

    private Provinces() {
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
