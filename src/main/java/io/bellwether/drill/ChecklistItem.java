package io.bellwether.drill;

import java.time.Instant;

/** One question of the guide's Rollback Decision Tree, answered from the drill's data. */
public record ChecklistItem(String question, Answer answer, String evidence, Instant firstYesAt) {

    public enum Answer {
        YES, NO, NOT_MEASURED;

        public String value() {
            return this == NOT_MEASURED ? "not measured" : name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
