package th.planning.reports.thai;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the team's shared data. CI clones the repository with shared/ beside it (../shared); a worktree such
 * as /work/wt/thai has no ../shared, so fall back to /work/shared.
 */
final class SeedFiles {
    private SeedFiles() {
    }

    static Path shared() {
        for (Path p : new Path[] {Path.of("..", "shared"), Path.of("/work/shared")}) {
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        throw new IllegalStateException("shared/ not found beside the project nor at /work/shared");
    }

    static Path seedReports() {
        return shared().resolve("seed").resolve("fy2567-annual-reports.txt");
    }

    static Path realWorld(String name) {
        return shared().resolve("real-world").resolve(name);
    }
}
