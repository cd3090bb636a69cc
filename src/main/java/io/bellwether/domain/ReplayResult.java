package io.bellwether.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a {@link Replay} found: every check side by side, and when the rollback and the pause happened
 * (recorded) and would have happened (replayed).
 */
public record ReplayResult(String deploymentId, String modelRef, RuleSet rules, ReplayWindow window,
                           List<ReplayedCheck> checks, Moments rollback, Moments pause) {

    public ReplayResult {
        Objects.requireNonNull(window, "window");
        checks = List.copyOf(checks);
    }

    /** When something happened ({@code recorded}) and when the replayed rules make it happen; either may be null. */
    public record Moments(Instant recorded, Instant replayed) {
        /** How much earlier the replayed moment is than the recorded one (negative: later); null unless both exist. */
        public Duration gained() {
            return recorded == null || replayed == null ? null : Duration.between(replayed, recorded);
        }

        String sentence(String what, Function<Instant, String> time) {
            if (recorded == null && replayed == null) {
                return "no " + what + ", recorded or replayed";
            }
            if (replayed == null) {
                return "no replayed " + what + " (recorded at " + time.apply(recorded) + ")";
            }
            String at = "replayed " + what + " at " + time.apply(replayed);
            if (recorded == null) {
                return at + "; none was recorded";
            }
            Duration gained = gained();
            return gained.isZero() ? at + ", as recorded" : at + ", " + Durations.format(gained.abs())
                    + (gained.isNegative() ? " later" : " earlier") + " than recorded (" + time.apply(recorded) + ")";
        }
    }

    public long flips() {
        return checks.stream().filter(ReplayedCheck::flipped).count();
    }

    /** e.g. "2 of 8 checks flip; replayed rollback at 10:42:00, 6m earlier than recorded (10:48:00)". */
    public String summary(Function<Instant, String> time) {
        List<String> parts = new ArrayList<>();
        parts.add(flips() + " of " + checks.size() + " checks" + window.describe(time) + " flip");
        parts.add(rollback.sentence("rollback", time));
        if (pause.recorded() != null || pause.replayed() != null) {
            parts.add(pause.sentence("pause", time));
        }
        return String.join("; ", parts);
    }
}
