package io.bellwether.ui.shell;

/** A combo-box entry: a filter value (null for "all") and its label. */
record Choice<T>(T value, String label) {
    @Override
    public String toString() {
        return label;
    }
}
