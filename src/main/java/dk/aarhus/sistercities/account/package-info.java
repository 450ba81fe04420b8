/** Editors' accounts, login and its throttling, the audit log, and the security of every request. */
@ApplicationModule(displayName = "Accounts", allowedDependencies = "content")
package dk.aarhus.sistercities.account;

import org.springframework.modulith.ApplicationModule;
