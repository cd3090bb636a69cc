package io.bellwether.hooks;

import io.bellwether.application.port.in.HookAdapter;
import io.bellwether.application.port.in.HookHeader;
import io.bellwether.application.port.in.HookOutcome;
import io.bellwether.application.port.in.HookSettings;
import io.bellwether.application.port.out.TrafficEvent;
import io.bellwether.application.service.Json;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * POSTs the event's fields as a JSON object to the configured URL with the configured headers
 * ({@link HttpPost}). A 2xx answer is success; the start of the response body is kept.
 */
public final class HttpTrafficController implements TrafficController {
    private final URI url;
    private final List<HookHeader> headers;
    private final Duration connectTimeout;
    private final Duration timeout;
    private final UnaryOperator<String> environmentVariables;

    public HttpTrafficController(URI url, List<HookHeader> headers, Duration connectTimeout, Duration timeout,
                                 UnaryOperator<String> environmentVariables) {
        this.url = url;
        this.headers = List.copyOf(headers);
        this.connectTimeout = connectTimeout;
        this.timeout = timeout;
        this.environmentVariables = environmentVariables;
    }

    @Override
    public HookOutcome call(TrafficEvent event) {
        String target = HookSettings.withoutCredentials(url);
        HttpPost.Answer answer = HttpPost.send(url, headers, Json.write("traffic event", event.fields()),
                "bellwether-traffic-hook", connectTimeout, timeout, environmentVariables);
        if (answer.succeeded()) {
            return HookOutcome.success(HookAdapter.HTTP, target, null, answer.status(), answer.duration(),
                    answer.body());
        }
        return HookOutcome.failure(HookAdapter.HTTP, target, null, answer.status(), answer.duration(), answer.body(),
                answer.error());
    }
}
