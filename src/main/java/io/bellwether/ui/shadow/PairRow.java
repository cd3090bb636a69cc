package io.bellwether.ui.shadow;

import io.bellwether.domain.DisagreementFilter.ResultPair;
import io.bellwether.domain.DisagreementPairCount;
import io.bellwether.io.ResultText;
import io.bellwether.ui.common.DisplayFormats;

/** One row of the confusion table: a (primary, shadow) result pair, its count and share of the disagreements. */
public record PairRow(ResultPair pair, String primary, String shadow, long count, String share) {

    static PairRow of(DisagreementPairCount counted, long total) {
        return new PairRow(counted.pair(), ResultText.label(counted.pair().primaryResultJson()),
                ResultText.label(counted.pair().shadowResultJson()), counted.count(),
                DisplayFormats.percent(total == 0 ? Double.NaN : (double) counted.count() / total));
    }
}
