package io.bellwether.application.port.out;

import io.bellwether.domain.ModelStage;
import io.bellwether.domain.ModelVersion;
import io.bellwether.domain.PromotionRequest;
import io.bellwether.domain.PromotionStatus;
import java.util.List;
import java.util.Optional;

/** Port: registered model versions and their promotion requests. */
public interface ModelStore {

    Optional<ModelVersion> find(String name, String version);

    void insert(ModelVersion model);

    void updateStage(String name, String version, ModelStage stage);

    /** By name, then oldest registration first; null filters match everything. */
    List<ModelVersion> list(String nameOrNull, ModelStage stageOrNull);

    /** Stores a new request and returns the id the store gave it. */
    long insertRequest(PromotionRequest request);

    /** Replaces the stored request with the same id. */
    void updateRequest(PromotionRequest request);

    /** The most recent request for the version, whatever its status. */
    Optional<PromotionRequest> latestRequest(String name, String version);

    /** Oldest first; a null status matches every request. */
    List<PromotionRequest> requests(PromotionStatus statusOrNull);
}
