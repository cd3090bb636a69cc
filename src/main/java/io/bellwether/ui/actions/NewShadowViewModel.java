package io.bellwether.ui.actions;

import io.bellwether.domain.Checks;
import io.bellwether.domain.InvalidInputException;
import io.bellwether.domain.ShadowDeployment;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The New shadow deployment form: primary and shadow "model:version" and the traffic copied. */
public final class NewShadowViewModel {
    public static final String PRIMARY_MODEL = "primary_model";
    public static final String SHADOW_MODEL = "shadow_model";
    public static final String TRAFFIC = "traffic_percentage";

    private final StringProperty primaryModel = new SimpleStringProperty(this, PRIMARY_MODEL, "");
    private final StringProperty shadowModel = new SimpleStringProperty(this, SHADOW_MODEL, "");
    private final StringProperty trafficPercentage = new SimpleStringProperty(this, TRAFFIC, "100");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private final ReadOnlyStringWrapper firstError = new ReadOnlyStringWrapper(this, "firstError");
    private Map<String, String> errors = Map.of();
    private ShadowRequest request;

    public NewShadowViewModel() {
        for (Observable field : new Observable[] {primaryModel, shadowModel, trafficPercentage}) {
            field.addListener(obs -> validate());
        }
        validate();
    }

    private void validate() {
        Map<String, String> found = new LinkedHashMap<>();
        String primary = modelRef(found, PRIMARY_MODEL, primaryModel.get());
        String shadow = modelRef(found, SHADOW_MODEL, shadowModel.get());
        if (primary != null && primary.equals(shadow)) {
            found.put(SHADOW_MODEL, SHADOW_MODEL + " must differ from " + PRIMARY_MODEL + " (got \"" + shadow + "\")");
        }
        Double traffic = null;
        try {
            traffic = FormFields.parseDouble(TRAFFIC, trafficPercentage.get());
            // The domain record owns the range rule; build a throw-away one to apply it.
            new ShadowDeployment("validation", "primary", "shadow", traffic, Instant.EPOCH);
        } catch (InvalidInputException e) {
            found.put(TRAFFIC, e.getMessage());
        }
        errors = Map.copyOf(found);
        request = found.isEmpty() ? new ShadowRequest(primary, shadow, traffic) : null;
        valid.set(found.isEmpty());
        firstError.set(found.isEmpty() ? null : found.values().iterator().next());
    }

    private static String modelRef(Map<String, String> found, String field, String text) {
        try {
            String value = Checks.required(field, text).trim();
            int colon = value.indexOf(':');
            if (colon <= 0 || colon == value.length() - 1 || value.indexOf(':', colon + 1) >= 0 || value.contains(" ")) {
                throw new InvalidInputException(field, "\"" + value + "\"", "must look like model:version, e.g. fraud_detector:v1.0.0");
            }
            return value;
        } catch (InvalidInputException e) {
            found.put(field, e.getMessage());
            return null;
        }
    }

    public String errorFor(String field) {
        return errors.get(field);
    }

    public ShadowRequest toRequest() {
        if (request == null) {
            throw new IllegalArgumentException(firstError.get());
        }
        return request;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty firstErrorProperty() {
        return firstError.getReadOnlyProperty();
    }

    public StringProperty primaryModelProperty() {
        return primaryModel;
    }

    public StringProperty shadowModelProperty() {
        return shadowModel;
    }

    public StringProperty trafficPercentageProperty() {
        return trafficPercentage;
    }
}
