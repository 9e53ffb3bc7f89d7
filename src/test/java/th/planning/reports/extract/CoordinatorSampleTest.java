package th.planning.reports.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The footer's coordinating unit and phone of each sample report, in each format. The seed's footers
 * (read by eye): "ผู้ประสาน…ข้อมูล(โดย) กลุ่มยุทธศาสตร์และแผนงาน" then "เบอร์โทรศัพท์ ๐ ๒๑๔๒ ๑๓๑๖ , ๐ ๒๑๔๑ ๗๓๑๑"
 * in every report but 11 and 34, which have no footer. In 16 of the PDFs the two come as one line.
 */
class CoordinatorSampleTest {

    private static final Set<String> NO_FOOTER = Set.of("11", "34");

    static Stream<Arguments> reportsAndFormats() {
        return IntStream.rangeClosed(1, 40).mapToObj(i -> String.format("%02d", i))
                .flatMap(nn -> Stream.of("docx", "pdf", "xlsx").map(ext -> Arguments.of(nn, ext)));
    }

    @ParameterizedTest(name = "report {0}.{1}")
    @MethodSource("reportsAndFormats")
    void eachReportHasTheSeedsCoordinatorAndPhoneApart(String nn, String ext) throws Exception {
        FormText t = KpiActivitySampleTest.read(nn, ext).formText();

        if (NO_FOOTER.contains(nn)) {
            assertThat(t.coordinator().present()).isFalse();
            assertThat(t.phone().present()).isFalse();
            return;
        }
        assertThat(t.coordinator().value()).isEqualTo("กลุ่มยุทธศาสตร์และแผนงาน");
        assertThat(t.phone().value()).isEqualTo("๐ ๒๑๔๒ ๑๓๑๖ , ๐ ๒๑๔๑ ๗๓๑๑");
    }
}
