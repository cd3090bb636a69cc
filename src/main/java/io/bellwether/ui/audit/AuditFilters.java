package io.bellwether.ui.audit;

import io.bellwether.application.port.in.AuditQuery;
import io.bellwether.domain.EventSeverity;
import io.bellwether.domain.EventType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Audit trail's filter fields, as the operator sets them: type, severity, user, resource, a day
 * range (whole days in the console's zone) and a text searched in every shown field.
 */
public record AuditFilters(ObjectProperty<EventType> type, ObjectProperty<EventSeverity> severity, StringProperty user,
                           StringProperty resource, ObjectProperty<LocalDate> fromDate,
                           ObjectProperty<LocalDate> toDate, StringProperty text) {

    public static AuditFilters none() {
        return new AuditFilters(new SimpleObjectProperty<>(), new SimpleObjectProperty<>(), new SimpleStringProperty(""),
                new SimpleStringProperty(""), new SimpleObjectProperty<>(), new SimpleObjectProperty<>(),
                new SimpleStringProperty(""));
    }

    void clear() {
        type.set(null);
        severity.set(null);
        user.set("");
        resource.set("");
        fromDate.set(null);
        toDate.set(null);
        text.set("");
    }

    /** What the store filters; the text is matched afterwards ({@link #needle()}). */
    AuditQuery query(ZoneId zone) {
        LocalDate from = fromDate.get();
        LocalDate to = toDate.get();
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("Time range: 'to' " + to + " is before 'from' " + from);
        }
        Instant fromInstant = from == null ? null : from.atStartOfDay(zone).toInstant();
        Instant toInstant = to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1);
        return new AuditQuery(type.get(), blankToNull(user.get()), severity.get(), blankToNull(resource.get()),
                fromInstant, toInstant);
    }

    /** The search text, lower case; empty matches every event. */
    String needle() {
        return text.get() == null ? "" : text.get().trim().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
