package dk.aarhus.sistercities.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dk.aarhus.sistercities.support.AlsoOnPostgres;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.test.context.TestPropertySource;

/** The rules of account changes, on an empty database of their own (each test is rolled back). */
@DataJpaTest
@TestPropertySource(properties = "sistercities.seed.enabled=false")
@AlsoOnPostgres
class AccountServiceTest {

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    AuditEntryRepository audit;

    AccountService accounts;

    @BeforeEach
    void service() {
        Clock clock = Clock.systemUTC();
        accounts = new AccountService(accountRepository, PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                new AuditLog(audit, clock), clock);
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        Account anna = accounts.create("anna", "Anna", Role.EDITOR, TestAccounts.GOOD_PASSWORD, "admin");
        assertThat(anna.getPasswordHash()).startsWith("{bcrypt}$2").doesNotContain(TestAccounts.GOOD_PASSWORD);
        assertThat(accounts.passwordMatches("anna", TestAccounts.GOOD_PASSWORD)).isTrue();
        assertThat(accounts.passwordMatches("anna", "something else")).isFalse();
    }

    @Test
    void userNamesAreUniqueAndWellFormed() {
        accounts.create("anna", "Anna", Role.EDITOR, TestAccounts.GOOD_PASSWORD, "admin");
        assertThatThrownBy(() -> {
            accounts.create("anna", "Another Anna", Role.EDITOR, TestAccounts.GOOD_PASSWORD, "admin");
            accountRepository.flush();
        }).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> accounts.create("Anna", "Anna", Role.EDITOR, TestAccounts.GOOD_PASSWORD, "admin"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> accounts.create("an", "An", Role.EDITOR, TestAccounts.GOOD_PASSWORD, "admin"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> accounts.create("bob", "Bob", Role.EDITOR, "short", "admin"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLastActiveAdministratorCannotBeDisabled() {
        Account first = accounts.create("first", "First", Role.ADMIN, TestAccounts.GOOD_PASSWORD, "system");
        Account second = accounts.create("second", "Second", Role.ADMIN, TestAccounts.GOOD_PASSWORD, "system");

        accounts.disable(second.getId(), "first");
        assertThatThrownBy(() -> accounts.disable(first.getId(), "someone-else"))
                .isInstanceOfSatisfying(AccountChangeRefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("accounts.refused.last-admin"));
        assertThat(first.isEnabled()).isTrue();

        accounts.enable(second.getId(), "first");
        accounts.disable(first.getId(), "second");
        assertThat(first.isEnabled()).isFalse();
    }

    @Test
    void nobodyDisablesThemself() {
        accounts.create("first", "First", Role.ADMIN, TestAccounts.GOOD_PASSWORD, "system");
        Account second = accounts.create("second", "Second", Role.ADMIN, TestAccounts.GOOD_PASSWORD, "system");
        assertThatThrownBy(() -> accounts.disable(second.getId(), "second"))
                .isInstanceOfSatisfying(AccountChangeRefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("accounts.refused.self"));
    }

    @Test
    void changingOnesOwnPasswordNeedsTheCurrentOneAndIsAudited() {
        accounts.create("olga", "Olga", Role.EDITOR, TestAccounts.GOOD_PASSWORD, "admin");
        assertThatThrownBy(() -> accounts.changeOwnPassword("olga", "wrong password", "Olga's new password"))
                .isInstanceOf(AccountChangeRefusedException.class);

        accounts.changeOwnPassword("olga", TestAccounts.GOOD_PASSWORD, "Olga's new password");
        assertThat(accounts.passwordMatches("olga", "Olga's new password")).isTrue();
        assertThat(audit.findAll(Sort.by("id"))).extracting(AuditEntry::getEvent, AuditEntry::getActor)
                .containsExactly(tuple(AuditEvent.ACCOUNT_CREATED, "admin"),
                        tuple(AuditEvent.PASSWORD_CHANGED, "olga"));
    }

    @Test
    void theAuditLogKeepsWhatFitsAndNeverRefusesALine() {
        new AuditLog(audit, Clock.systemUTC()).record(AuditEvent.LOGIN_FAILED, "  " + "x".repeat(300) + " ",
                "d".repeat(900));
        AuditEntry entry = audit.findAll().get(0);
        assertThat(entry.getActor()).hasSize(AuditEntry.ACTOR_MAX);
        assertThat(entry.getDetail()).hasSize(AuditEntry.DETAIL_MAX);
        assertThat(entry.getRemoteAddress()).as("no request, no address").isNull();
    }
}
