package io.bellwether.store;

import io.bellwether.application.AuditStore;
import io.bellwether.application.DeploymentStore;
import io.bellwether.application.ModelRegistryStore;
import io.bellwether.application.ModelRegistryStoreProvider;
import io.bellwether.application.ModelStore;
import io.bellwether.application.RegistryTransaction;
import io.bellwether.application.ShadowStore;
import io.bellwether.application.Workspace;
import java.util.function.Function;

/** Registered in META-INF/services: {@code ModelRegistries.open} finds the registry tables through it. */
public final class H2ModelRegistryStoreProvider implements ModelRegistryStoreProvider {

    @Override
    public ModelRegistryStore open(Workspace workspace) {
        RegistryDatabase db = RegistryDatabase.open(DatabaseFile.of(workspace.location()));
        return new ModelRegistryStore() {
            @Override
            public <T> T write(Function<RegistryTransaction, T> work) {
                return db.write(() -> work.apply(transaction(db)));
            }

            @Override
            public <T> T read(Function<RegistryTransaction, T> work) {
                return db.read(() -> work.apply(transaction(db)));
            }

            @Override
            public void close() {
                db.close();
            }
        };
    }

    private static RegistryTransaction transaction(RegistryDatabase db) {
        JdbcTransaction workspace = new JdbcTransaction(db.connection());
        ModelStore models = new JdbcModelStore(db.connection());
        return new RegistryTransaction() {
            @Override
            public ModelStore models() {
                return models;
            }

            @Override
            public DeploymentStore deployments() {
                return workspace.deployments();
            }

            @Override
            public ShadowStore shadows() {
                return workspace.shadows();
            }

            @Override
            public AuditStore audit() {
                return workspace.audit();
            }
        };
    }
}
