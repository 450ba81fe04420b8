package dk.aarhus.sistercities;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.data.repository.Repository;

/**
 * A bean that takes a repository is made without making the repository; the repository is made when it is first
 * used. Spring AOT's jar has no other way to this (see {@link LazyRepositories}).
 */
class LazyRepositoriesTest {

    interface Things extends Repository<Object, Long> {
    }

    record UsesThings(Things things) {
    }

    @Test
    void aRepositoryIsMadeOnFirstUse_notWhenABeanThatTakesItIsMade() {
        AtomicInteger made = new AtomicInteger();
        DefaultListableBeanFactory factory = factory(made);
        LazyRepositories.installer().postProcessBeanFactory(factory);

        UsesThings bean = factory.getBean(UsesThings.class);
        assertThat(made).as("the repository, once the bean that takes it is made").hasValue(0);
        assertThat(bean.things().toString()).isEqualTo("things");
        assertThat(made).as("the repository, once used").hasValue(1);
        assertThat(bean.things().toString()).isEqualTo("things");
        assertThat(made).as("made once, then kept").hasValue(1);
    }

    @Test
    void withoutIt_theRepositoryIsMadeWithTheBean() {
        AtomicInteger made = new AtomicInteger();
        factory(made).getBean(UsesThings.class);
        assertThat(made).hasValue(1);
    }

    @Test
    void otherDependenciesAreNotTouched() {
        DefaultListableBeanFactory factory = factory(new AtomicInteger());
        LazyRepositories.installer().postProcessBeanFactory(factory);
        factory.registerSingleton("word", "plain");
        RootBeanDefinition usesWord = new RootBeanDefinition(UsesWord.class);
        usesWord.setAutowireMode(AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR);
        factory.registerBeanDefinition("usesWord", usesWord);
        assertThat(factory.getBean(UsesWord.class).word()).as("the bean itself, no proxy").isSameAs("plain");
    }

    record UsesWord(String word) {
    }

    /** A factory with a repository bean that counts how often it is made, and a bean that takes it. */
    private static DefaultListableBeanFactory factory(AtomicInteger made) {
        DefaultListableBeanFactory factory = new DefaultListableBeanFactory();
        RootBeanDefinition things = new RootBeanDefinition(Things.class, () -> {
            made.incrementAndGet();
            return (Things) Proxy.newProxyInstance(Things.class.getClassLoader(), new Class<?>[] {Things.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "toString" -> "things";
                        case "hashCode" -> "things".hashCode();
                        case "equals" -> proxy == args[0];
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        });
        factory.registerBeanDefinition("things", things);
        RootBeanDefinition usesThings = new RootBeanDefinition(UsesThings.class);
        usesThings.setAutowireMode(AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR);
        factory.registerBeanDefinition("usesThings", usesThings);
        return factory;
    }
}
