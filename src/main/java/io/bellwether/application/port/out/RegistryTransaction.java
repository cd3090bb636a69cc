package io.bellwether.application.port.out;

/** The workspace's stores and the model registry's, inside one transaction of a {@link ModelRegistryStore}. */
public interface RegistryTransaction extends StoreTransaction {

    ModelStore models();
}
