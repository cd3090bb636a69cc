package io.bellwether.ui.imports;

import io.bellwether.ui.TaskExecutor.ProgressListener;

/**
 * The import's two phases as the bar shows them: reading, as a share of the file's bytes, then
 * writing, which has no known end (the bar is indeterminate) and counts the rows written so far.
 * Called on the worker; it forwards to the executor's listener.
 */
final class ImportProgress {
    private final ProgressListener report;
    private double readShare;
    private long written = -1;

    ImportProgress(ProgressListener report) {
        this.report = report;
    }

    void read(long bytes, long total) {
        readShare = total > 0 ? Math.min(1, (double) bytes / total) : -1;
        tell();
    }

    void written(long rows) {
        written = rows;
        tell();
    }

    private void tell() {
        String rows = written < 0 ? "" : " · " + written + " rows written";
        if (readShare >= 1) {
            report.progress(-1, "Writing to the workspace" + rows + "…");
        } else {
            report.progress(readShare, "Reading the file: " + (readShare < 0 ? "…" : Math.round(readShare * 100) + " %") + rows);
        }
    }
}
