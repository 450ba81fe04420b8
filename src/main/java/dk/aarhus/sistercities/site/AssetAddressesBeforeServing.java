package dk.aarhus.sistercities.site;

import dk.aarhus.sistercities.BeforeServing;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Asset addresses carry a hash of their content ({@code /css/site-<hash>.css}, see {@link WebConfig}) once Spring's
 * {@link ResourceUrlProvider} has found the resource handlers, which it does when the context is refreshed: after the
 * web server has started. A request in between (nginx sends one as soon as a restarted instance's port opens) was
 * rendered with the plain addresses, and the page cache kept that page until the next publish. Here the provider
 * finds them before the port opens.
 */
@Component
class AssetAddressesBeforeServing extends BeforeServing {

    private final ObjectProvider<ResourceUrlProvider> urls;
    private final ApplicationContext context;

    AssetAddressesBeforeServing(ObjectProvider<ResourceUrlProvider> urls, ApplicationContext context) {
        this.urls = urls;
        this.context = context;
    }

    @Override
    protected void prepare() {
        ResourceUrlProvider provider = urls.getIfAvailable();
        if (provider != null && provider.getHandlerMap().isEmpty()) {
            provider.onApplicationEvent(new ContextRefreshedEvent(context));
        }
    }
}
