package io.bellwether.application.service;

/**
 * Carries a checked exception of a comparison source out of a store transaction (which rolls back
 * on it), to be rethrown as it was by the caller of the transaction.
 */
final class SourceFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    private SourceFailure(Exception cause) {
        super(cause);
    }

    static void run(Work work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new SourceFailure(e);
        }
    }

    @SuppressWarnings("unchecked")
    <E extends Exception> E cause() {
        return (E) getCause();
    }
}
