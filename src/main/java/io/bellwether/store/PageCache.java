package io.bellwether.store;

/**
 * How much of an H2 file a process keeps in memory (H2's {@code CACHE_SIZE}). The console lives for
 * hours and rereads the same pages, so it keeps many; a command writes or reads once and exits, and a
 * large cache only moves the pages it evicts into the old generation before they die (a 5M-line
 * import peaked about 220 MB higher with the console's cache than with the command's; see README, Benchmarks).
 */
public enum PageCache {
    /** 64 MB: a million comparisons' segments stay cached between the Shadow tab's reads. */
    CONSOLE(64 * 1024),
    /** 4 MB: one pass over the data, in a process that ends when the pass does. */
    COMMAND(4 * 1024);

    private final int kilobytes;

    PageCache(int kilobytes) {
        this.kilobytes = kilobytes;
    }

    int kilobytes() {
        return kilobytes;
    }
}
