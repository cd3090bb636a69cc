package io.bellwether.ui.actions;

import io.bellwether.domain.Checks;
import io.bellwether.domain.InvalidInputException;
import io.bellwether.domain.ShadowDeployment;
import io.bellwether.ui.common.FormCheck;
import java.time.Instant;
import javafx.beans.Observable;
import javafx.beans.property.StringProperty;

/** The New shadow deployment form: primary and shadow "model:version" and the traffic copied. */
public final class NewShadowViewModel {
    public static final String PRIMARY_MODEL = "primary_model";
    public static final String SHADOW_MODEL = "shadow_model";
    public static final String TRAFFIC = "traffic_percentage";

    private final FormTexts texts = new FormTexts(this);
    private final StringProperty primaryModel = texts.add(PRIMARY_MODEL, "");
    private final StringProperty shadowModel = texts.add(SHADOW_MODEL, "");
    private final StringProperty trafficPercentage = texts.add(TRAFFIC, "100");
    private final FormCheck<ShadowRequest> check = new FormCheck<>();

    public NewShadowViewModel() {
        for (Observable field : new Observable[] {primaryModel, shadowModel, trafficPercentage}) {
            field.addListener(obs -> validate());
        }
        validate();
    }

    private void validate() {
        String primary = check.attempt(() -> modelRef(PRIMARY_MODEL, primaryModel.get()));
        String shadow = check.attempt(() -> modelRef(SHADOW_MODEL, shadowModel.get()));
        if (primary != null && primary.equals(shadow)) {
            check.refuse(SHADOW_MODEL, SHADOW_MODEL + " must differ from " + PRIMARY_MODEL + " (got \"" + shadow + "\")");
        }
        Double traffic = check.attempt(() -> {
            double percent = FormFields.parseDouble(TRAFFIC, trafficPercentage.get());
            // The domain record owns the range rule; build a throw-away one to apply it.
            new ShadowDeployment("validation", "primary", "shadow", percent, Instant.EPOCH);
            return percent;
        });
        check.conclude(() -> new ShadowRequest(primary, shadow, traffic));
    }

    private static String modelRef(String field, String text) {
        String value = Checks.required(field, text).trim();
        int colon = value.indexOf(':');
        if (colon <= 0 || colon == value.length() - 1 || value.indexOf(':', colon + 1) >= 0 || value.contains(" ")) {
            throw new InvalidInputException(field, "\"" + value + "\"", "must look like model:version, e.g. fraud_detector:v1.0.0");
        }
        return value;
    }

    /** Whether the form is valid, its messages and the request it describes. */
    public FormCheck<ShadowRequest> check() {
        return check;
    }

    /** The text field named {@code field}: {@link #PRIMARY_MODEL}, {@link #SHADOW_MODEL} or {@link #TRAFFIC}. */
    public StringProperty text(String field) {
        return texts.get(field);
    }
}
