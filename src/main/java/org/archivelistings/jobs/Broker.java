package org.archivelistings.jobs;

import java.net.URI;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;

/**
 * The message broker (RabbitMQ) that carries partition requests from a manager to the workers: one
 * durable queue, persistent messages, so that requests survive a broker restart, and a request a worker
 * took but did not acknowledge (the worker died) goes back to the queue for another worker.
 */
final class Broker {
    static final String QUEUE = "archive-listings.read-partitions";
    /** Seconds of silence after which broker and client each take the other for dead. */
    private static final int HEARTBEAT_SECONDS = 10;

    private Broker() {}

    /**
     * A connection factory for {@code url} (amqp://user:password@host:port/vhost) whose broker was just
     * reached and whose queue exists.
     *
     * @throws IllegalStateException with a one-line reason when the broker cannot be reached
     */
    static CachingConnectionFactory connect(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("no broker: pass --broker amqp://USER:PASSWORD@HOST:5672 or set"
                    + " ARCHIVE_LISTINGS_BROKER (bash .ci/start-broker starts one and prints its URL)");
        }
        CachingConnectionFactory factory;
        try {
            factory = new CachingConnectionFactory(URI.create(url));
        } catch (RuntimeException e) {
            throw new IllegalStateException("'" + shown(url) + "' is not a broker URL"
                    + " (amqp://USER:PASSWORD@HOST:PORT): " + JobRunner.rootMessage(e));
        }
        factory.getRabbitConnectionFactory().setRequestedHeartbeat(HEARTBEAT_SECONDS);
        factory.getRabbitConnectionFactory().setConnectionTimeout(10_000);
        try {
            factory.createConnection().close();
            new RabbitAdmin(factory).declareQueue(new Queue(QUEUE, true));
        } catch (AmqpException e) {
            factory.destroy();
            throw new IllegalStateException("cannot reach the broker at " + shown(url) + ": "
                    + JobRunner.rootMessage(e));
        }
        return factory;
    }

    /** The URL without its password, for messages. */
    static String shown(String url) {
        return url.replaceFirst("//([^:/@]*):[^@/]*@", "//$1:***@");
    }
}
