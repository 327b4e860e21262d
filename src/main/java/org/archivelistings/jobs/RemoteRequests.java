package org.archivelistings.jobs;

import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.integration.amqp.outbound.AmqpOutboundEndpoint;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.messaging.MessageChannel;

/**
 * The manager's side of the broker: a channel whose messages (the partition requests of the read step)
 * go to the workers' queue as persistent messages. Sending fails at once when the broker is down, which
 * fails the read step, so that the run ends FAILED and {@code restart} sends the requests again.
 */
final class RemoteRequests implements AutoCloseable {
    private final CachingConnectionFactory broker;
    private final DirectChannel channel = new DirectChannel();

    RemoteRequests(String brokerUrl, BeanFactory beans) {
        broker = Broker.connect(brokerUrl);
        RabbitTemplate template = new RabbitTemplate(broker);
        template.setMessageConverter(new PartitionRequestConverter());
        AmqpOutboundEndpoint toWorkers = new AmqpOutboundEndpoint(template);
        toWorkers.setRoutingKey(Broker.QUEUE); // the default exchange routes by queue name
        toWorkers.setBeanFactory(beans);
        toWorkers.afterPropertiesSet();
        channel.subscribe(toWorkers);
    }

    MessageChannel channel() {
        return channel;
    }

    @Override
    public void close() {
        broker.destroy();
    }
}
