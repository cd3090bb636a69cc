package io.bellwether.domain;

import java.util.Arrays;

/**
 * Collects comparisons into two growable latency columns and an agreement count, then builds the
 * {@link ShadowReport}. Its {@link #add} fits a row callback, e.g. {@code ComparisonReader.read(file, builder::add)}.
 */
public final class ShadowReportBuilder {
    private double[] primary;
    private double[] shadow;
    private int size;
    private long agreements;

    public ShadowReportBuilder() {
        this(1024);
    }

    public ShadowReportBuilder(int expectedSize) {
        int capacity = Math.max(16, expectedSize);
        primary = new double[capacity];
        shadow = new double[capacity];
    }

    public void add(double primaryLatency, double shadowLatency, boolean agreement) {
        if (size == primary.length) {
            int grown = (int) Math.min(Integer.MAX_VALUE - 8, primary.length * 2L);
            if (grown == size) {
                throw new IllegalStateException("too many comparisons for one report: " + size);
            }
            primary = Arrays.copyOf(primary, grown);
            shadow = Arrays.copyOf(shadow, grown);
        }
        primary[size] = primaryLatency;
        shadow[size] = shadowLatency;
        size++;
        if (agreement) {
            agreements++;
        }
    }

    public int size() {
        return size;
    }

    /**
     * The report of everything added so far; the builder can go on collecting afterwards (the
     * order of the collected rows changes, which no report depends on).
     */
    public ShadowReport build() {
        return ShadowReport.compute(primary, shadow, size, agreements);
    }
}
