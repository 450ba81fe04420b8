package dk.aarhus.sistercities;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.annotation.ContextAnnotationAutowireCandidateResolver;
import org.springframework.data.repository.Repository;

/**
 * Repositories are injected as proxies that find the repository on first use, so the start goes on wiring the site
 * while Hibernate boots on its own thread ({@code spring.data.jpa.repositories.bootstrap-mode=deferred}). Spring Data
 * sets this up itself when it registers the repositories, which Spring AOT does at build time, so the recipe's jar
 * started without it: the servlet filters, made with the web server before the other beans, waited for Hibernate's
 * whole bootstrap (README, Speed). The first use is the seed or the first administrator, before the port opens.
 */
final class LazyRepositories extends ContextAnnotationAutowireCandidateResolver {

    /** Registered as a static bean method, so it runs before any bean is made, with and without Spring AOT. */
    static BeanFactoryPostProcessor installer() {
        return LazyRepositories::install;
    }

    private static void install(ConfigurableListableBeanFactory beanFactory) {
        if (beanFactory instanceof DefaultListableBeanFactory factory
                && !(factory.getAutowireCandidateResolver() instanceof LazyRepositories)) {
            factory.setAutowireCandidateResolver(new LazyRepositories());
        }
    }

    @Override
    protected boolean isLazy(DependencyDescriptor descriptor) {
        return super.isLazy(descriptor) || Repository.class.isAssignableFrom(descriptor.getDependencyType());
    }
}
