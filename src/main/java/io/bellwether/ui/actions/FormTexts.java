package io.bellwether.ui.actions;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A form's text fields, each named as its messages name it. */
final class FormTexts {
    private final Object form;
    private final Map<String, StringProperty> texts = new LinkedHashMap<>();

    FormTexts(Object form) {
        this.form = form;
    }

    StringProperty add(String field, String initial) {
        StringProperty text = new SimpleStringProperty(form, field, initial);
        texts.put(field, text);
        return text;
    }

    StringProperty get(String field) {
        StringProperty text = texts.get(field);
        if (text == null) {
            throw new IllegalArgumentException("no text field " + field);
        }
        return text;
    }
}
