package io.bellwether.application.port.in;

/** An id that names nothing stored. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String kind, String id) {
        super(kind + " not found: " + id);
    }
}
