package io.bellwether.domain;

import java.time.Instant;
import java.util.function.Function;

/**
 * One answered item of the pre-deployment checklist: met or not, what in the workspace says so (its
 * time apart, {@code atOrNull}, for each reader to write in its one time format), and where to look.
 */
public record PreDeploymentCheck(PreDeploymentItem item, boolean met, String evidence, Instant atOrNull,
                                 Link link) {

    public PreDeploymentCheck(PreDeploymentItem item, boolean met, String evidence, Link link) {
        this(item, met, evidence, null, link);
    }

    /** The evidence with its time written by {@code time}: "approved by alice at 2026-12-02 05:07:01". */
    public String evidence(Function<Instant, String> time) {
        return atOrNull == null ? evidence : evidence + " at " + time.apply(atOrNull);
    }

    /** Where the evidence is in the console. */
    public enum Place {
        /** Nothing to show (an item not answered yet). */
        NONE,
        /** A shadow deployment, {@code target} its id: its Shadow comparison tab. */
        SHADOW,
        /** Audit events of type {@code eventType} about resource {@code target} (a model version). */
        AUDIT_EVENT,
        /** The registry's offline metrics of the version under review, {@code target} its ref. */
        REGISTRY,
        /** The traffic controller settings of environment {@code target}. */
        HOOK_SETTINGS,
        /** The metrics binding of deployment {@code target} (empty: none yet, the settings where one is made). */
        METRICS_BINDING
    }

    /** A place and what in it; {@code eventTypeOrNull} only for {@link Place#AUDIT_EVENT}. */
    public record Link(Place place, String target, EventType eventTypeOrNull) {
        public static final Link NONE = new Link(Place.NONE, "", null);

        public Link(Place place, String target) {
            this(place, target, null);
        }

        /** The link's text as the CLI and JSON print it: "shadow:shadow_123", "audit:APPROVAL_GRANTED:m:v2". */
        public String text() {
            return switch (place) {
                case NONE -> "";
                case AUDIT_EVENT -> "audit:" + eventTypeOrNull.name() + ":" + target;
                default -> place.name().toLowerCase(java.util.Locale.ROOT) + ":" + target;
            };
        }
    }
}
