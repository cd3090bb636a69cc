package io.bellwether.application.port.out;

import io.bellwether.application.port.in.HookCall;
import java.util.List;

/** Port: the append-only history of traffic-controller calls. */
public interface HookOutcomeStore {

    /** Stores the call and returns it with its id. */
    HookCall append(HookCall call);

    /** The deployment's calls, oldest first. */
    List<HookCall> forDeployment(String deploymentId);

    /** Every deployment's newest rollback call, where that call failed; newest first. */
    List<HookCall> failedLatestRollbackCalls();
}
