package dk.aarhus.sistercities.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.aarhus.sistercities.SisterCitiesApplication;
import dk.aarhus.sistercities.support.AlsoOnPostgres;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/** The first administrator: from the configuration, generated locally, or a refused start in production. */
@DataJpaTest
@TestPropertySource(properties = "sistercities.seed.enabled=false")
@ExtendWith(OutputCaptureExtension.class)
@AlsoOnPostgres
class AdminBootstrapTest {

    static final String CONFIGURED = "The chief's own password";

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    AuditEntryRepository audit;

    final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private AdminBootstrap bootstrap(String username, String password, String... profiles) {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(profiles);
        Clock clock = Clock.systemUTC();
        AccountService accounts = new AccountService(accountRepository, encoder, new AuditLog(audit, clock), clock);
        return new AdminBootstrap(accountRepository, accounts, new AdminProperties(username, password), environment);
    }

    @Test
    void theConfiguredAdministratorIsCreated() {
        bootstrap("chief", CONFIGURED, "prod").run();

        Account chief = accountRepository.findByUsername("chief").orElseThrow();
        assertThat(chief.getRole()).isEqualTo(Role.ADMIN);
        assertThat(chief.isEnabled()).isTrue();
        assertThat(encoder.matches(CONFIGURED, chief.getPasswordHash())).isTrue();
        assertThat(audit.findAll()).singleElement().satisfies(entry -> {
            assertThat(entry.getEvent()).isEqualTo(AuditEvent.ACCOUNT_CREATED);
            assertThat(entry.getActor()).isEqualTo("system");
        });
    }

    @Test
    void anExistingAdministratorIsNeverChangedByTheProperties() {
        bootstrap("chief", CONFIGURED).run();
        String hash = accountRepository.findByUsername("chief").orElseThrow().getPasswordHash();

        bootstrap("chief", "Somebody else's password").run();
        bootstrap("deputy", "Somebody else's password").run();

        assertThat(accountRepository.findByUsername("chief").orElseThrow().getPasswordHash()).isEqualTo(hash);
        assertThat(accountRepository.existsByUsername("deputy")).isFalse();
    }

    @Test
    void withoutAPasswordALocalInstanceGeneratesOneAndLogsItOnce(CapturedOutput output) {
        bootstrap(null, null).run();
        bootstrap(null, null).run();

        Matcher logged = Pattern.compile("User name: admin {2}Password: (\\S+) ").matcher(output.getOut());
        assertThat(logged.find()).as("the password is logged").isTrue();
        String password = logged.group(1);
        assertThat(password).hasSize(24);
        assertThat(logged.find()).as("only once").isFalse();
        assertThat(output.getOut()).contains("WARN");
        assertThat(encoder.matches(password, accountRepository.findByUsername("admin").orElseThrow().getPasswordHash()))
                .isTrue();
    }

    @Test
    void aConfiguredPasswordOrUserNameThatBreaksTheRulesStopsTheStart() {
        assertThatThrownBy(() -> bootstrap("chief", "too short").run())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("sistercities.admin.password").hasMessageContaining("12 to 64 characters");
        assertThatThrownBy(() -> bootstrap("chief", "chief").run())
                .hasMessageContaining("sistercities.admin.password");
        assertThatThrownBy(() -> bootstrap("The Chief", CONFIGURED).run())
                .hasMessageContaining("sistercities.admin.username");
        assertThat(accountRepository.count()).isZero();
    }

    @Test
    void inProductionWithoutAPasswordTheSiteRefusesToStart() {
        SpringApplicationBuilder production = new SpringApplicationBuilder(SisterCitiesApplication.class)
                .web(WebApplicationType.NONE)
                .profiles(AdminBootstrap.PRODUCTION_PROFILE);

        assertThatThrownBy(() -> production.run("--sistercities.admin.username=", "--sistercities.admin.password=",
                "--sistercities.seed.enabled=false", "--spring.main.banner-mode=off"))
                // ops/ProductionSettings refuses it first, with any other insecure setting.
                .rootCause().isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No password is set for the first administrator")
                .hasMessageContaining("SISTERCITIES_ADMIN_PASSWORD");
    }
}
