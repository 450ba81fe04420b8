package dk.aarhus.sistercities.linkcheck;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LinkCheckProperties.class)
class LinkCheckConfig {
}
