package dk.aarhus.sistercities.account;

import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who must log in with a second factor: {@code sistercities.second-factor.required} is {@code none} (the
 * default), {@code administrators} (set by the {@code prod} profile) or {@code everyone}. An account that
 * must have one and has none is sent to set it up right after its password.
 */
@Component
class SecondFactorPolicy {

    enum Requirement { NONE, ADMINISTRATORS, EVERYONE }

    private volatile Requirement requirement;

    SecondFactorPolicy(@Value("${sistercities.second-factor.required:none}") String requirement) {
        this.requirement = parse(requirement);
    }

    static Requirement parse(String value) {
        try {
            return Requirement.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("sistercities.second-factor.required is '" + value
                    + "': choose none, administrators or everyone", e);
        }
    }

    boolean requiredFor(Role role) {
        return requirement == Requirement.EVERYONE || (requirement == Requirement.ADMINISTRATORS && role == Role.ADMIN);
    }

    /** For tests of the rule, which share one running application: the setting an operator would make. */
    Requirement require(Requirement newRequirement) {
        Requirement before = requirement;
        requirement = newRequirement;
        return before;
    }
}
