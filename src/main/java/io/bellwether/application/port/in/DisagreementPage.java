package io.bellwether.application.port.in;

import io.bellwether.domain.Disagreement;
import java.util.List;

/** One page of disagreements (page from 1) and how many match the filter in all. */
public record DisagreementPage(List<Disagreement> rows, int page, int pageSize, long total) {
    public DisagreementPage {
        rows = List.copyOf(rows);
    }

    public long pages() {
        return Math.max(1, (total + pageSize - 1) / pageSize);
    }

    /** The position (from 1) of this page's first row among all of them. */
    public long firstRow() {
        return (long) (page - 1) * pageSize + 1;
    }
}
