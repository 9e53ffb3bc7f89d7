package th.planning.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.planning.reports.support.FormFiles;

/** `inspect` shows §๑๐'s regions beside its provinces (issue 20.4). */
class InspectRegionsTest {

    @TempDir
    Path dir;

    @Test
    void inspectListsTheRegionsSection10Names() throws Exception {
        Path file = dir.resolve("regions.docx");
        FormFiles.docx(file, FormFiles.report01("ก", l -> l.replace("๑๐. พื้นที่ดำเนินการ (จังหวัด) ทั่วประเทศ",
                "๑๐. พื้นที่ดำเนินการ (จังหวัด) กรุงเทพฯ และ ๔ ภาค ได้แก่ ภาคเหนือ ภาคกลาง ภาคตะวันออกเฉียงเหนือ ภาคใต้")));
        assertThat(InspectOutput.lines(file.toString()))
                .contains("10\tprovinces\tกรุงเทพมหานคร\tLIST\t\t")
                .contains("10\tregions\tภาคเหนือ, ภาคกลาง, ภาคตะวันออกเฉียงเหนือ, ภาคใต้\tLIST\t\t");
    }
}
