package io.bellwether.application.service;

import io.bellwether.application.port.in.DisagreementPage;
import io.bellwether.application.port.in.DisagreementSummary;
import io.bellwether.application.port.in.Disagreements;
import io.bellwether.application.port.out.WorkspaceStore;
import io.bellwether.domain.Disagreement;
import io.bellwether.domain.DisagreementFilter;
import io.bellwether.domain.InvalidInputException;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** {@link Disagreements} over the store's disagreement index: each page is one indexed query. */
record DisagreementService(WorkspaceStore store) implements Disagreements {
    private static final int EXPORT_PAGE = 1_000;

    @Override
    public DisagreementPage page(String shadowId, DisagreementFilter filter, int page, int pageSize) {
        Objects.requireNonNull(filter, "filter");
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new InvalidInputException("page_size", pageSize, "must be 1 to " + MAX_PAGE_SIZE);
        }
        if (page < 1) {
            throw new InvalidInputException("page", page, "must be 1 or more");
        }
        return store.read(tx -> {
            Rows.requireShadow(tx, shadowId);
            long total = tx.shadows().countDisagreements(shadowId, filter);
            long offset = (long) (page - 1) * pageSize;
            if (page > 1 && offset >= total) {
                long pages = Math.max(1, (total + pageSize - 1) / pageSize);
                throw new InvalidInputException("page", page, "is past the end: " + total + " disagreements make "
                        + pages + (pages == 1 ? " page" : " pages") + " of " + pageSize);
            }
            List<Disagreement> rows = tx.shadows().disagreements(shadowId, filter, offset, pageSize);
            return new DisagreementPage(rows, page, pageSize, total);
        });
    }

    @Override
    public DisagreementSummary summary(String shadowId, DisagreementFilter filter) {
        Objects.requireNonNull(filter, "filter");
        return ResultPairSummary.of(store.read(tx -> {
            Rows.requireShadow(tx, shadowId);
            return tx.shadows().disagreementPairs(shadowId, filter);
        }));
    }

    @Override
    public long each(String shadowId, DisagreementFilter filter, Consumer<Disagreement> sink) {
        Objects.requireNonNull(filter, "filter");
        long seen = 0;
        for (int page = 1; ; page++) {
            DisagreementPage read = page(shadowId, filter, page, EXPORT_PAGE);
            read.rows().forEach(sink);
            seen += read.rows().size();
            if (seen >= read.total() || read.rows().isEmpty()) {
                return seen;
            }
        }
    }
}
