package io.bellwether.notify;

import io.bellwether.application.port.in.NotificationEvidence;
import io.bellwether.application.port.in.NotificationWebhook;
import io.bellwether.application.port.out.WebhookSender;
import io.bellwether.domain.Redaction;
import io.bellwether.hooks.HttpPost;
import java.util.function.UnaryOperator;

/**
 * Posts a notification with the traffic hooks' one HTTP client ({@link HttpPost}: headers resolved at call
 * time, the webhook's timeouts, no redirects). A 2xx answer is a delivery; anything else is a failure whose
 * error (the status and the start of the answer, or why none came) has every secret of the webhook masked.
 */
public record HttpWebhookSender(UnaryOperator<String> environmentVariables) implements WebhookSender {
    private static final int ERROR_ANSWER_CHARS = 300;

    @Override
    public Outcome send(NotificationWebhook webhook, NotificationEvidence evidence) {
        HttpPost.Answer answer = HttpPost.send(webhook.url(), webhook.headers(), NotificationBodies.of(webhook.format(),
                evidence), "bellwether-notification", webhook.connectTimeout(), webhook.timeout(), environmentVariables);
        if (answer.succeeded()) {
            return new Outcome(true, answer.status(), answer.duration(), null);
        }
        String error = answer.status() == null ? answer.error() : "HTTP " + answer.status() + " from "
                + webhook.shownUrl() + (answer.body() == null || answer.body().isBlank() ? ""
                : ": " + excerpt(answer.body()));
        return new Outcome(false, answer.status(), answer.duration(),
                Redaction.of(webhook.secretValues(environmentVariables)).apply(error));
    }

    private static String excerpt(String body) {
        String line = body.strip().replaceAll("\\s+", " ");
        return line.length() <= ERROR_ANSWER_CHARS ? line : line.substring(0, ERROR_ANSWER_CHARS) + "…";
    }
}
