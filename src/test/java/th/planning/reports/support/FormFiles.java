package th.planning.reports.support;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Seed reports written by the tests as docx and xlsx files, edited line by line on the way. */
public final class FormFiles {

    private FormFiles() {
    }

    /** Seed report 01 edited, its project renamed so the files are separate reports, not renditions. */
    public static List<String> report01(String tag, UnaryOperator<String> edit) {
        List<String> out = new ArrayList<>();
        for (String line : SeedReports.texts().get(0)) {
            String l = line.startsWith("๑. ชื่อแผนงาน/โครงการ") ? line.strip() + " ชุด" + tag : line;
            out.add(edit.apply(l).replaceAll("</?b>", ""));
        }
        return out;
    }

    /** Lines as paragraphs; runs of tab-separated lines as one table. */
    public static void docx(Path file, List<String> lines) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).contains("\t")) {
                    doc.createParagraph().createRun().setText(lines.get(i).strip());
                    continue;
                }
                int end = i;
                int cols = 0;
                while (end < lines.size() && lines.get(end).contains("\t")) {
                    cols = Math.max(cols, lines.get(end).split("\t", -1).length);
                    end++;
                }
                XWPFTable t = doc.createTable(end - i, cols);
                for (int r = i; r < end; r++) {
                    String[] cells = lines.get(r).split("\t", -1);
                    for (int k = 0; k < cells.length; k++) {
                        t.getRow(r - i).getCell(k).setText(cells[k].strip());
                    }
                }
                i = end - 1;
            }
            doc.write(out);
        }
    }

    /** One line per row; tab-separated lines over several cells. */
    public static void xlsx(Path file, List<String> lines) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("report");
            int r = 0;
            for (String line : lines) {
                Row row = sheet.createRow(r++);
                String[] cells = line.split("\t", -1);
                for (int k = 0; k < cells.length; k++) {
                    row.createCell(k).setCellValue(cells[k].strip());
                }
            }
            wb.write(out);
        }
    }
}
