package dk.aarhus.sistercities.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dk.aarhus.sistercities.content.PublishedContentChanged;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/** Every kind of change to what citizens see reaches the audit log: a new event type cannot be forgotten. */
class ContentAuditListenerTest {

    @Test
    void everyPublishedContentChangeHasItsAuditEntry() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(PublishedContentChanged.class));
        Set<BeanDefinition> events = scanner.findCandidateComponents("dk.aarhus.sistercities");
        assertThat(events).as("event types found").hasSizeGreaterThanOrEqualTo(8);
        for (BeanDefinition event : events) {
            Class<?> type = ClassUtils.forName(event.getBeanClassName(), getClass().getClassLoader());
            assertThatCode(() -> ContentAuditListener.class.getDeclaredMethod("on", type))
                    .as("ContentAuditListener.on(" + type.getSimpleName() + ")").doesNotThrowAnyException();
        }
    }
}
