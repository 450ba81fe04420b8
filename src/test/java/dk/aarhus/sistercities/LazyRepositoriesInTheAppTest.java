package dk.aarhus.sistercities;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.city.CityRepository;
import dk.aarhus.sistercities.support.FullAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;

/** The application itself injects repositories as proxies found on first use ({@link LazyRepositories}). */
@FullAppTest
class LazyRepositoriesInTheAppTest {

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    CityRepository cities;

    @Test
    void theApplicationsBeanFactoryInjectsRepositoriesAsProxiesFoundOnFirstUse() {
        DefaultListableBeanFactory factory = (DefaultListableBeanFactory) context.getBeanFactory();
        assertThat(factory.getAutowireCandidateResolver()).isInstanceOf(LazyRepositories.class);
        assertThat(AopUtils.isAopProxy(cities)).as("the injected repository").isTrue();
        assertThat(cities).as("a proxy in front of the repository bean, not the bean itself")
                .isNotSameAs(context.getBean(CityRepository.class));
        assertThat(cities.count()).as("it works").isPositive();
    }
}
