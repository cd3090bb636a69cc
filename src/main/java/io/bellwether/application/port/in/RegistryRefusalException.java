package io.bellwether.application.port.in;

/** A registry step that the workflow refuses (nothing is written); the message names model, version and person. */
public class RegistryRefusalException extends IllegalStateException {
    public RegistryRefusalException(String message) {
        super(message);
    }
}
