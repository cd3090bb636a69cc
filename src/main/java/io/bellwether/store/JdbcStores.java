package io.bellwether.store;

import io.bellwether.application.port.out.ModelStore;
import io.bellwether.application.port.out.RegistryTransaction;
import io.bellwether.application.port.out.StoreTransaction;
import java.sql.Connection;

/**
 * The JDBC stores over a connection another engine's adapter manages (PostgreSQL): the same SQL as
 * on H2, bound to one transaction of that connection.
 */
public final class JdbcStores {
    private JdbcStores() {
    }

    /** The workspace's stores in the connection's current transaction, which remember nothing beyond it. */
    public static StoreTransaction transaction(Connection connection) {
        return new JdbcTransaction(connection, WriterMemory.forOneTransaction());
    }

    /** The registry's stores (and the audit trail) in the connection's current transaction, as {@link #transaction}. */
    public static RegistryTransaction registryTransaction(Connection connection) {
        return new RegistryJdbcTransaction(connection, WriterMemory.forOneTransaction());
    }

    static final class RegistryJdbcTransaction extends JdbcTransaction implements RegistryTransaction {
        private final ModelStore models;

        RegistryJdbcTransaction(Connection connection, WriterMemory memory) {
            super(connection, memory);
            this.models = new JdbcModelStore(connection);
        }

        @Override
        public ModelStore models() {
            return models;
        }
    }
}
