package th.planning.reports.reading;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/** Opening OOXML packages read-only, with POI's zip-bomb limits, and naming what went wrong. */
final class OfficePackages {

    private OfficePackages() {
    }

    /**
     * Opens {@code file} read-only (the caller must {@link OPCPackage#revert()} it), refusing any part
     * that inflates more than {@code maxExpansion} times its compressed size. POI keeps that limit in
     * one static setting; every reader of a process is built with the same one.
     */
    static OPCPackage open(Path file, String kind, int maxExpansion) {
        ZipSecureFile.setMinInflateRatio(1d / maxExpansion);
        try {
            return OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OLE2NotOfficeXmlFileException e) {
            // an encrypted OOXML file is an OLE2 container; DocumentReaders normally catches it first
            throw new UnreadableDocumentException("password-protected", e);
        } catch (InvalidFormatException e) {
            throw new UnreadableDocumentException("corrupt " + kind + ": " + reason(e), e);
        } catch (RuntimeException e) {
            throw failure(file, kind, e);
        }
    }

    /** The part the package's officeDocument relationship points at. */
    static PackagePart mainPart(OPCPackage pkg, String kind) {
        PackageRelationshipCollection rels = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (rels.isEmpty()) {
            if (!pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT).isEmpty()) {
                throw new UnreadableDocumentException("unsupported " + kind + ": Strict Open XML (save as normal " + kind + ")");
            }
            throw new UnreadableDocumentException("corrupt " + kind + ": no main document part");
        }
        PackagePart part = pkg.getPart(rels.getRelationship(0));
        if (part == null) {
            throw new UnreadableDocumentException("corrupt " + kind + ": main document part missing");
        }
        return part;
    }

    static UnreadableDocumentException ioFailure(String kind, IOException e) {
        return corrupt(kind, e);
    }

    /** "corrupt KIND: reason", or the expansion limit's own reason when POI's zip-bomb check refused a part. */
    static UnreadableDocumentException corrupt(String kind, Throwable e) {
        UnreadableDocumentException bomb = overExpansionLimit(kind, e);
        return bomb != null ? bomb : new UnreadableDocumentException("corrupt " + kind + ": " + reason(e), e);
    }

    /**
     * POI's "Zip bomb detected!" (a part inflating past the ratio or size limit) said as what it is:
     * not a damaged file, but one over a limit that is a setting, naming the part.
     */
    static UnreadableDocumentException overExpansionLimit(String kind, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String msg = t.getMessage();
            if (msg != null && msg.startsWith("Zip bomb detected")) {
                java.util.regex.Matcher entry = java.util.regex.Pattern.compile("Entry: (\\S+)").matcher(msg);
                String part = entry.find() ? entry.group(1) : "a part";
                long times = Math.round(1 / ZipSecureFile.getMinInflateRatio());
                String limit = msg.contains("max size") ? "more than " + ZipSecureFile.getMaxEntrySize() + " bytes"
                        : "more than " + times + " times its compressed size";
                return new UnreadableDocumentException(kind + " part " + part + " exceeds the expansion limit: it inflates to "
                        + limit + " (a zip bomb?; the limit is the setting report-etl.max-zip-expansion)", e);
            }
        }
        return null;
    }

    static UnreadableDocumentException failure(Path file, String kind, RuntimeException e) {
        if (e instanceof UnreadableDocumentException u) {
            return u;
        }
        if (e instanceof EncryptedDocumentException) {
            return new UnreadableDocumentException("password-protected", e);
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        UnreadableDocumentException bomb = overExpansionLimit(kind, e);
        if (bomb != null) {
            return bomb;
        }
        if (root instanceof java.util.zip.ZipException || root instanceof java.io.EOFException) {
            return FormatDetector.corruptZip(file, e);
        }
        return new UnreadableDocumentException("corrupt " + kind + ": " + reason(e), e);
    }

    /** A short, single-line reason from an exception chain. */
    static String reason(Throwable e) {
        String msg = null;
        for (Throwable t = e; t != null && msg == null; t = t.getCause() == t ? null : t.getCause()) {
            msg = t.getMessage();
        }
        if (msg == null) {
            msg = e.getClass().getSimpleName();
        }
        msg = msg.replace('\n', ' ').strip();
        return msg.length() > 200 ? msg.substring(0, 200) + "…" : msg;
    }
}
