package io.bellwether.store;

import io.bellwether.application.port.out.ModelRegistryStore;
import io.bellwether.application.port.out.RegistryTransaction;
import java.util.function.Function;

/** The model registry tables of a workspace file, on their own connection, with the audit trail in its transactions. */
final class H2ModelRegistryStore {
    private H2ModelRegistryStore() {
    }

    static ModelRegistryStore open(DatabaseFile file) {
        RegistryDatabase db = RegistryDatabase.open(file);
        return new ModelRegistryStore() {
            @Override
            public <T> T write(Function<RegistryTransaction, T> work) {
                return db.write(work);
            }

            @Override
            public <T> T read(Function<RegistryTransaction, T> work) {
                return db.read(work);
            }

            @Override
            public void close() {
                db.close();
            }
        };
    }
}
