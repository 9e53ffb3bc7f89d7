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

/** Opening OOXML packages read-only, with POI's zip-bomb limits, and naming what went wrong. */
final class OfficePackages {

    private OfficePackages() {
    }

    /** Opens {@code file} read-only (the caller must {@link OPCPackage#revert()} it). */
    static OPCPackage open(Path file, String kind) {
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
        return new UnreadableDocumentException("corrupt " + kind + ": " + reason(e), e);
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
