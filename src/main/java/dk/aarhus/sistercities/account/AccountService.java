package dk.aarhus.sistercities.account;

import dk.aarhus.sistercities.content.Language;
import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** Every change to an account, each in one transaction with its line in the audit log. */
@Service
@Transactional
class AccountService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final Clock clock;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, AuditLog auditLog, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<Account> all() {
        return accounts.findAllByOrderByUsername();
    }

    @Transactional(readOnly = true)
    Account get(long id) {
        return accounts.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @Transactional(readOnly = true)
    boolean usernameTaken(String username) {
        return accounts.existsByUsername(username);
    }

    Account create(String username, String displayName, Role role, String password, String actor) {
        PasswordPolicy.require(password, username);
        Account account = accounts.save(new Account(username, displayName, role, passwordEncoder.encode(password),
                clock.instant()));
        auditLog.record(AuditEvent.ACCOUNT_CREATED, actor, username + " (" + role + ")");
        return account;
    }

    void disable(long id, String actor) {
        Account account = get(id);
        if (account.getUsername().equals(actor)) {
            throw new AccountChangeRefusedException("accounts.refused.self");
        }
        if (account.isAdmin() && account.isEnabled() && accounts.findByRoleAndEnabledTrue(Role.ADMIN).size() <= 1) {
            throw new AccountChangeRefusedException("accounts.refused.last-admin");
        }
        account.disable();
        auditLog.record(AuditEvent.ACCOUNT_DISABLED, actor, account.getUsername());
    }

    Account enable(long id, String actor) {
        Account account = get(id);
        account.enable();
        auditLog.record(AuditEvent.ACCOUNT_ENABLED, actor, account.getUsername());
        return account;
    }

    /**
     * An administrator gives an account another role; that person's open sessions end (at their next request),
     * so the new rights hold at once. Nobody changes their own role, and the last active administrator stays one.
     */
    Account changeRole(long id, Role role, String actor) {
        Account account = get(id);
        if (account.getRole() == role) {
            return account;
        }
        if (account.getUsername().equals(actor)) {
            throw new AccountChangeRefusedException("accounts.refused.own-role");
        }
        if (account.isAdmin() && account.isEnabled() && accounts.findByRoleAndEnabledTrue(Role.ADMIN).size() <= 1) {
            throw new AccountChangeRefusedException("accounts.refused.last-admin-role");
        }
        Role before = account.getRole();
        account.changeRole(role);
        auditLog.record(AuditEvent.ACCOUNT_ROLE_CHANGED, actor, account.getUsername() + ": " + before + " -> " + role);
        return account;
    }

    /** An administrator sets a new password for someone; that person's open sessions end. */
    void resetPassword(long id, String password, String actor) {
        Account account = get(id);
        PasswordPolicy.require(password, account.getUsername());
        account.changePassword(passwordEncoder.encode(password), clock.instant());
        auditLog.record(AuditEvent.PASSWORD_RESET, actor, account.getUsername());
    }

    /** Whether the current password is right; only then is the new one set. */
    @Transactional(readOnly = true)
    boolean passwordMatches(String username, String password) {
        return accounts.findByUsername(username)
                .map(account -> password != null && passwordEncoder.matches(password, account.getPasswordHash()))
                .orElse(false);
    }

    /** Someone changes their own password; answers the account as it is now, for their session. */
    Account changeOwnPassword(String username, String currentPassword, String newPassword) {
        Account account = accounts.findByUsername(username).orElseThrow();
        if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new AccountChangeRefusedException("account.current-password.wrong");
        }
        PasswordPolicy.require(newPassword, username);
        account.changePassword(passwordEncoder.encode(newPassword), clock.instant());
        auditLog.record(AuditEvent.PASSWORD_CHANGED, username, null);
        return account;
    }

    @Transactional(readOnly = true)
    Language adminLanguage(String username) {
        return accounts.findByUsername(username).orElseThrow().adminLanguage();
    }

    /** Every admin page shows in this language for this editor from their next request on, in every session. */
    void chooseAdminLanguage(String username, Language language) {
        accounts.findByUsername(username).orElseThrow().chooseAdminLanguage(language);
    }
}
