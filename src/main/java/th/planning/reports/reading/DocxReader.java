package th.planning.reports.reading;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

import org.apache.poi.ooxml.util.DocumentHelper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import th.planning.reports.document.Block;
import th.planning.reports.document.Cell;
import th.planning.reports.document.Document;
import th.planning.reports.document.DocumentFormat;
import th.planning.reports.document.Paragraph;
import th.planning.reports.document.Row;
import th.planning.reports.document.Table;

/**
 * Reads the body of a .docx: paragraphs and tables in document order.
 *
 * <p>Only the main document part is parsed (with POI's OPC package, so its zip-bomb limits apply,
 * and POI's secure XML parser, so no DTDs or external entities): headers, footers, footnotes,
 * comments, styles and images are never loaded. Walking the WordprocessingML directly rather than
 * through XWPF's object model keeps content controls, revisions, fields and text boxes in place
 * and costs one DOM parse per file.
 *
 * <ul>
 *   <li>Runs are joined, so an amount LibreOffice split over several runs comes out whole.
 *   <li>{@code w:br}/{@code w:cr} become '\n' inside the paragraph, {@code w:tab} '\t'.
 *   <li>Block-level content controls ({@code w:sdt}) and custom XML are unwrapped in place.
 *   <li>Checkboxes (w14 checkbox controls, legacy form-field checkboxes, Wingdings/Symbol box
 *       characters) become ☑ or ☐.
 *   <li>Tables: {@code gridSpan} is the cell's colSpan; a {@code vMerge} continuation cell is not
 *       repeated but counted in the rowSpan of the cell that starts the merge; nested tables stay
 *       nested inside their cell.
 *   <li>Text boxes become paragraphs after the paragraph that anchors them; deleted revision text,
 *       field instructions and the paragraph-mark properties are skipped.
 * </ul>
 */
public final class DocxReader implements DocumentReader {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
    static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private final UnaryOperator<String> canonicalizer;
    private final int maxZipExpansion;

    public DocxReader(UnaryOperator<String> canonicalizer) {
        this(canonicalizer, ReadingLimits.DEFAULT);
    }

    public DocxReader(UnaryOperator<String> canonicalizer, ReadingLimits limits) {
        this.canonicalizer = Objects.requireNonNull(canonicalizer, "canonicalizer");
        this.maxZipExpansion = limits.maxZipExpansion();
    }

    @Override
    public Document read(Path file) {
        OPCPackage pkg = OfficePackages.open(file, "docx", maxZipExpansion);
        try {
            PackagePart main = OfficePackages.mainPart(pkg, "docx");
            org.w3c.dom.Document dom;
            try (InputStream in = main.getInputStream()) {
                dom = DocumentHelper.readDocument(in);
            }
            Element body = child(dom.getDocumentElement(), "body");
            if (body == null) {
                throw new UnreadableDocumentException("corrupt docx: no w:body in " + main.getPartName());
            }
            List<Block> blocks = new ArrayList<>();
            new Walker().blocks(body, blocks);
            return new Document(DocumentFormat.DOCX, th.planning.reports.document.Where.numbered(blocks));
        } catch (SAXException e) {
            UnreadableDocumentException bomb = OfficePackages.overExpansionLimit("docx", e);
            throw bomb != null ? bomb : new UnreadableDocumentException("corrupt docx: bad XML (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw OfficePackages.ioFailure("docx", e);
        } catch (RuntimeException e) {
            throw OfficePackages.failure(file, "docx", e);
        } finally {
            pkg.revert();
        }
    }

    /** One pass over one body; not shared between threads. */
    private final class Walker {

        /** Block content of a body, cell, content control or text box. */
        void blocks(Element parent, List<Block> out) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof Element e)) {
                    continue;
                }
                if (isW(e)) {
                    switch (e.getLocalName()) {
                        case "p" -> paragraph(e, out);
                        case "tbl" -> out.add(table(e));
                        case "sdt" -> {
                            Element content = child(e, "sdtContent");
                            if (content != null) {
                                blocks(content, out);
                            }
                        }
                        case "customXml", "ins", "moveTo", "smartTag" -> blocks(e, out);
                        default -> {
                            // sectPr, bookmarks, proofErr, del, moveFrom, altChunk: no body text
                        }
                    }
                } else if (isAlternateContent(e)) {
                    Element chosen = chooseAlternative(e);
                    if (chosen != null) {
                        blocks(chosen, out);
                    }
                }
            }
        }

        void paragraph(Element p, List<Block> out) {
            StringBuilder sb = new StringBuilder();
            List<Block> boxes = new ArrayList<>(0);
            inline(p, sb, boxes);
            String text = trimParagraph(sb);
            if (!text.isEmpty()) {
                out.add(new Paragraph(canonicalizer.apply(text)));
            }
            out.addAll(boxes);
        }

        /** Text of runs and everything that holds runs, in document order. */
        void inline(Element parent, StringBuilder sb, List<Block> boxes) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof Element e)) {
                    continue;
                }
                String name = e.getLocalName();
                if (isW(e)) {
                    switch (name) {
                        case "t" -> sb.append(e.getTextContent());
                        case "tab", "ptab" -> sb.append('\t');
                        case "br", "cr" -> sb.append('\n');
                        case "noBreakHyphen" -> sb.append('-');
                        case "sym" -> sb.append(Symbols.symbol(attr(e, "font"), attr(e, "char")));
                        case "fldChar" -> legacyCheckbox(e, sb);
                        case "sdt" -> inlineSdt(e, sb, boxes);
                        case "txbxContent" -> blocks(e, boxes);
                        case "p" -> paragraph(e, boxes);
                        case "tbl" -> boxes.add(table(e));
                        case "instrText", "delText", "delInstrText", "del", "moveFrom", "softHyphen",
                                "footnoteReference", "endnoteReference", "commentReference",
                                "annotationRef", "separator", "continuationSeparator" -> {
                            // not visible body text
                        }
                        default -> {
                            if (!name.endsWith("Pr")) { // rPr, pPr, sdtPr...: properties, no text
                                inline(e, sb, boxes);
                            }
                        }
                    }
                } else if (isAlternateContent(e)) {
                    Element chosen = chooseAlternative(e);
                    if (chosen != null) {
                        inline(chosen, sb, boxes);
                    }
                } else if (!"http://schemas.openxmlformats.org/officeDocument/2006/math".equals(e.getNamespaceURI())) {
                    // drawings, VML shapes: descend to find text boxes
                    inline(e, sb, boxes);
                }
            }
        }

        /** A run-level content control: a checkbox's state, or its content. */
        void inlineSdt(Element sdt, StringBuilder sb, List<Block> boxes) {
            Element pr = child(sdt, "sdtPr");
            Element checkbox = pr == null ? null : childNs(pr, W14, "checkbox");
            if (checkbox != null) {
                Element checked = childNs(checkbox, W14, "checked");
                String val = checked == null ? "0" : checked.getAttributeNS(W14, "val");
                sb.append(isOn(val, false) ? Symbols.CHECKED : Symbols.UNCHECKED);
                return;
            }
            Element content = child(sdt, "sdtContent");
            if (content != null) {
                inline(content, sb, boxes);
            }
        }

        /** {@code w:fldChar begin} of a FORMCHECKBOX field: its checked or default state. */
        void legacyCheckbox(Element fldChar, StringBuilder sb) {
            Element ffData = child(fldChar, "ffData");
            Element box = ffData == null ? null : child(ffData, "checkBox");
            if (box == null) {
                return;
            }
            Element checked = child(box, "checked");
            boolean on;
            if (checked != null) {
                on = isOn(attr(checked, "val"), true);
            } else {
                Element dflt = child(box, "default");
                on = dflt != null && isOn(attr(dflt, "val"), true);
            }
            sb.append(on ? Symbols.CHECKED : Symbols.UNCHECKED);
        }

        Table table(Element tbl) {
            List<List<CellBuilder>> rows = new ArrayList<>();
            Map<Integer, CellBuilder> openMerges = new HashMap<>();
            for (Element tr : descendantsInWrappers(tbl, "tr")) {
                List<CellBuilder> row = new ArrayList<>();
                int col = 0;
                Element trPr = child(tr, "trPr");
                Element gridBefore = trPr == null ? null : child(trPr, "gridBefore");
                if (gridBefore != null) {
                    col += intAttr(gridBefore, 0);
                }
                for (Element tc : descendantsInWrappers(tr, "tc")) {
                    Element tcPr = child(tc, "tcPr");
                    int span = 1;
                    String vMerge = null;
                    if (tcPr != null) {
                        Element gs = child(tcPr, "gridSpan");
                        if (gs != null) {
                            span = Math.max(1, intAttr(gs, 1));
                        }
                        Element vm = child(tcPr, "vMerge");
                        if (vm != null) {
                            String v = attr(vm, "val");
                            vMerge = v.isEmpty() ? "continue" : v;
                        }
                    }
                    if ("continue".equals(vMerge) && openMerges.containsKey(col)) {
                        openMerges.get(col).rowSpan++;
                    } else {
                        List<Block> content = new ArrayList<>();
                        blocks(tc, content);
                        CellBuilder cell = new CellBuilder(content, span);
                        row.add(cell);
                        for (int c = col; c < col + span; c++) {
                            openMerges.remove(c);
                        }
                        if ("restart".equals(vMerge)) {
                            openMerges.put(col, cell);
                        }
                    }
                    col += span;
                }
                rows.add(row);
            }
            List<Row> out = new ArrayList<>(rows.size());
            for (List<CellBuilder> row : rows) {
                List<Cell> cells = new ArrayList<>(row.size());
                for (CellBuilder b : row) {
                    cells.add(new Cell(b.content, b.colSpan, b.rowSpan, null));
                }
                out.add(new Row(cells));
            }
            return new Table(out);
        }
    }

    private static final class CellBuilder {
        final List<Block> content;
        final int colSpan;
        int rowSpan = 1;

        CellBuilder(List<Block> content, int colSpan) {
            this.content = content;
            this.colSpan = colSpan;
        }
    }

    /** Paragraph text without the breaks and blanks at its ends (a page break before a heading). */
    static String trimParagraph(StringBuilder sb) {
        int start = 0;
        int end = sb.length();
        while (start < end && Character.isWhitespace(sb.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(sb.charAt(end - 1))) {
            end--;
        }
        return sb.substring(start, end);
    }

    /** Children named {@code local} of {@code parent}, looking through sdt/customXml wrappers. */
    static List<Element> descendantsInWrappers(Element parent, String local) {
        List<Element> out = new ArrayList<>();
        collect(parent, local, out);
        return out;
    }

    private static void collect(Element parent, String local, List<Element> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && isW(e)) {
                String name = e.getLocalName();
                if (name.equals(local)) {
                    out.add(e);
                } else if (name.equals("sdt")) {
                    Element content = child(e, "sdtContent");
                    if (content != null) {
                        collect(content, local, out);
                    }
                } else if (name.equals("customXml") || name.equals("ins") || name.equals("moveTo")) {
                    collect(e, local, out);
                }
            } else if (n instanceof Element e && isAlternateContent(e)) {
                Element chosen = chooseAlternative(e);
                if (chosen != null) {
                    collect(chosen, local, out);
                }
            }
        }
    }

    static boolean isW(Element e) {
        String ns = e.getNamespaceURI();
        return W.equals(ns) || W_STRICT.equals(ns);
    }

    static boolean isAlternateContent(Element e) {
        return MC.equals(e.getNamespaceURI()) && "AlternateContent".equals(e.getLocalName());
    }

    /** The first mc:Choice (Word writes the richer form there), else mc:Fallback. */
    static Element chooseAlternative(Element alternateContent) {
        Element fallback = null;
        for (Node n = alternateContent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && MC.equals(e.getNamespaceURI())) {
                if ("Choice".equals(e.getLocalName())) {
                    return e;
                }
                if ("Fallback".equals(e.getLocalName()) && fallback == null) {
                    fallback = e;
                }
            }
        }
        return fallback;
    }

    static Element child(Node parent, String wLocal) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && isW(e) && wLocal.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    static Element childNs(Node parent, String ns, String local) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ns.equals(e.getNamespaceURI()) && local.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    /** A w: attribute ("" when absent). */
    static String attr(Element e, String local) {
        String v = e.getAttributeNS(W, local);
        if (v.isEmpty()) {
            v = e.getAttributeNS(W_STRICT, local);
        }
        return v;
    }

    static int intAttr(Element e, int dflt) {
        try {
            return Integer.parseInt(attr(e, "val").trim());
        } catch (NumberFormatException ex) {
            return dflt;
        }
    }

    /** An OOXML on/off value; an absent value means {@code whenAbsent}. */
    static boolean isOn(String val, boolean whenAbsent) {
        if (val == null || val.isEmpty()) {
            return whenAbsent;
        }
        return switch (val) {
            case "1", "true", "on" -> true;
            default -> false;
        };
    }
}
