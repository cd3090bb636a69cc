package io.bellwether.io;

/** Told how many bytes of a file were read so far (roughly every MiB and at the end); total is -1 when unknown. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (bytesRead, totalBytes) -> { };

    void progress(long bytesRead, long totalBytes);
}
