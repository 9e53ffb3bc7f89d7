package th.planning.reports.warehouse;

import java.nio.file.Path;
import java.time.Instant;

/** A file found in the drop folder, identified by its content hash. */
public record IncomingFile(Path path, String relativePath, long size, Instant modified, String sha256) {

    public String fileName() {
        return path.getFileName().toString();
    }
}
