package dk.aarhus.sistercities.account;

import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who an account is now, for work done later in its name (a scheduled publish carried out by the poller, with
 * no one logged in): empty for an unknown or disabled account, so such work is not done.
 */
@Component
public class Editors {

    private final AccountRepository accounts;

    Editors(AccountRepository accounts) {
        this.accounts = accounts;
    }

    public Optional<CurrentEditor> now(String username) {
        return accounts.findByUsername(username).filter(Account::isEnabled)
                .map(account -> new CurrentEditor(account.getUsername(), account.getDisplayName(), account.getRole()));
    }
}
