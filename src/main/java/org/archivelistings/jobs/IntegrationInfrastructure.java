package org.archivelistings.jobs;

import org.springframework.context.annotation.Configuration;
import org.springframework.integration.config.EnableIntegration;

/** Spring Integration for a worker process: the flows that take partition requests off the broker. */
@Configuration(proxyBeanMethods = false)
@EnableIntegration
class IntegrationInfrastructure {}
